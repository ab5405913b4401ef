import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes synthetic patent records in the lookup module's CSV layout, for load and scale tests: about 70 % Chinese
 * records (CN application numbers, titles and abstracts built from a technical vocabulary, Chinese applicants and
 * inventors) and 30 % English ones (US numbers). Field distributions follow real data roughly: invention 55 %,
 * utility model 35 %, design 10 %; one to four IPC codes from the subclasses common in Inner Mongolia's filings;
 * filing dates 2008-2025, publication 6-30 months later. The same seed gives the same file.
 *
 * <p>Usage: {@code java PatentGenerator.java <records> <file.csv> [seed]}
 */
public final class PatentGenerator {

    static final String[] ZH_OBJECTS = {"稀土永磁材料", "羊绒分梳装置", "光伏支架", "风力发电机叶片", "煤矸石综合利用系统",
        "乳酸菌发酵乳", "马铃薯种植机", "牛羊肉冷链运输箱", "石墨烯导电浆料", "锂离子电池负极材料", "氢燃料电池电堆",
        "智能电表", "盐碱地土壤改良剂", "沙棘果汁饮料", "蒙药复方制剂", "奶酪加工设备", "铝合金型材", "碳化硅陶瓷",
        "无人机巡检系统", "数据加密方法", "图像识别模型", "粮食烘干机", "节水灌溉装置", "草原生态监测系统",
        "煤化工废水处理工艺", "稀土抛光粉", "钢渣微粉", "电解铝烟气净化装置", "疫苗佐剂", "基因工程菌株"};
    static final String[] ZH_FORMS = {"一种%s", "一种%s及其制备方法", "%s的制备方法", "一种用于%s的控制方法",
        "基于%s的检测装置", "一种改进的%s", "%s及其应用"};
    static final String[] ZH_SENTENCES = {"本发明公开了一种%s，", "本实用新型涉及%s技术领域，", "所述%s包括壳体、控制单元和传感器，",
        "通过优化工艺参数，显著提高了产品质量和生产效率，", "具有结构简单、成本低、能耗少的优点。", "适用于高寒干旱地区的推广应用。",
        "解决了现有技术中稳定性差的问题。", "该方法降低了环境污染，实现了资源的循环利用。"};
    static final String[] ZH_APPLICANTS = {"内蒙古大学", "内蒙古工业大学", "内蒙古农业大学", "内蒙古科技大学", "包头稀土研究院",
        "内蒙古伊利实业集团股份有限公司", "内蒙古蒙牛乳业（集团）股份有限公司", "鄂尔多斯市羊绒集团有限公司", "内蒙古电力（集团）有限责任公司",
        "包头钢铁（集团）有限责任公司", "内蒙古伊泰煤炭股份有限公司", "中国神华能源股份有限公司", "华为技术有限公司", "清华大学",
        "内蒙古医科大学", "赤峰学院", "呼和浩特市某科技有限公司", "通辽市某农业合作社"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "胡", "朱",
        "郭", "何", "林", "高", "罗", "乌", "巴", "那", "包", "白"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明",
        "超", "秀英", "建华", "志强", "海燕", "图雅", "巴特尔", "其其格", "苏日娜"};
    static final String[] EN_OBJECTS = {"wireless sensor network", "rare earth magnet", "lithium battery anode",
        "solar panel mount", "wind turbine blade", "image recognition model", "data encryption scheme",
        "dairy fermentation process", "cashmere processing machine", "hydrogen fuel cell stack", "smart grid meter",
        "drone inspection system", "soil remediation agent", "graphene conductive paste", "vaccine adjuvant"};
    static final String[] EN_FORMS = {"System and method for %s", "Method of manufacturing a %s", "Improved %s",
        "Apparatus for controlling a %s", "%s with reduced power consumption"};
    static final String[] EN_SENTENCES = {"A %s is disclosed. ", "The invention relates to a %s and its use. ",
        "The apparatus comprises a housing, a controller and a plurality of sensors. ",
        "Efficiency is improved while cost and energy consumption are reduced. ",
        "The method provides better stability than known solutions. "};
    static final String[] EN_APPLICANTS = {"International Business Machines Corporation", "Microsoft Corporation",
        "Hmicro, Inc.", "General Electric Company", "Siemens Aktiengesellschaft", "Tesla, Inc.",
        "Massachusetts Institute of Technology", "Apple Inc.", "Intel Corporation", "3M Innovative Properties Company"};
    static final String[] EN_FIRST = {"John", "Mary", "David", "Susan", "Wei", "Anna", "James", "Linda", "Ali", "Maria"};
    static final String[] EN_LAST = {"Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Chen", "Wilson",
        "Anderson", "Taylor"};
    static final String[] IPC = {"H01F 1/057", "H01F 41/02", "C22C 38/00", "C22B 59/00", "D01G 15/00", "D01G 21/00",
        "H02S 20/10", "F03D 1/06", "C10L 5/04", "A23C 9/12", "A23C 19/02", "A01B 49/04", "A01D 33/00", "B65D 81/38",
        "C01B 32/182", "H01M 4/587", "H01M 8/24", "G01R 22/06", "C09K 17/40", "A23L 2/02", "A61K 36/185",
        "A61K 39/39", "C12N 1/20", "C12N 15/10", "C04B 35/565", "B64C 39/02", "G06F 21/60", "G06F 16/51",
        "G06N 3/08", "G06V 10/82", "F26B 17/12", "A01G 25/02", "G01N 33/24", "C02F 9/00", "C09G 1/02",
        "C04B 18/14", "C25C 3/22", "H04W 84/18", "H04L 9/32", "A61B 5/00"};

    public static void main(String[] args) throws IOException {
        long records = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        SplittableRandom random = new SplittableRandom(args.length > 2 ? Long.parseLong(args[2]) : 20261121L);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("application_number,publication_number,title,abstract,applicants,inventors,ipc,"
                    + "application_date,publication_date,patent_type,legal_status\n");
            for (long i = 0; i < records; i++) {
                out.write(record(i, random));
                out.write('\n');
            }
        }
    }

    static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }

    static String record(long i, SplittableRandom random) {
        boolean chinese = random.nextInt(10) < 7;
        int t = random.nextInt(100);
        String type = t < 55 ? "invention" : t < 90 ? "utility_model" : "design";
        LocalDate filed = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(18 * 365));
        LocalDate published = filed.plusDays(180 + random.nextInt(720));
        StringBuilder ipc = new StringBuilder(pick(IPC, random));
        for (int k = random.nextInt(4); k > 0; k--) {
            ipc.append(';').append(pick(IPC, random));
        }
        String object = pick(chinese ? ZH_OBJECTS : EN_OBJECTS, random);
        String title = String.format(pick(chinese ? ZH_FORMS : EN_FORMS, random), object);
        StringBuilder abstractText = new StringBuilder(String.format(chinese ? ZH_SENTENCES[0] : EN_SENTENCES[0],
                object));
        for (int k = 2 + random.nextInt(3); k > 0; k--) {
            abstractText.append(String.format(pick(chinese ? ZH_SENTENCES : EN_SENTENCES, random), object));
        }
        String applicants = pick(chinese ? ZH_APPLICANTS : EN_APPLICANTS, random);
        StringBuilder inventors = new StringBuilder();
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
            inventors.append(inventors.length() == 0 ? "" : ";").append(chinese
                    ? pick(SURNAMES, random) + pick(GIVEN, random)
                    : pick(EN_FIRST, random) + " " + pick(EN_LAST, random));
        }
        String application;
        String publication;
        if (chinese) {
            int kind = type.equals("invention") ? 1 : type.equals("utility_model") ? 2 : 3;
            application = String.format("CN%d%d%07d.%d", filed.getYear(), kind, i % 10_000_000, i % 10);
            publication = String.format("CN%d%s", 100_000_000L + i, kind == 1 ? "A" : kind == 2 ? "U" : "S");
        } else {
            application = String.format("US%08d", 10_000_000L + i);
            publication = String.format("US%08dB2", 20_000_000L + i);
        }
        String status = pick(new String[] {"授权", "实质审查", "公开", "驳回", "权利终止"}, random);
        return String.join(",", application, publication, quote(title), quote(abstractText.toString()),
                quote(applicants), quote(inventors.toString()), quote(ipc.toString()), filed.toString(),
                published.toString(), type, status);
    }

    static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
