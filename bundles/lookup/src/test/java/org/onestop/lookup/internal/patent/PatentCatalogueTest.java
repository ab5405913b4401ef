package org.onestop.lookup.internal.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.api.module.Refusal;
import org.onestop.lookup.internal.AuditedEdits;
import org.onestop.testing.ModuleTexts;
import org.onestop.testing.TestDatabase;

/** Imports into a real Derby database and a real Lucene index, then searches as a visitor would. */
class PatentCatalogueTest {

    static final String HEADER = ChineseCsvReaderTest.HEADER;
    static final String RECORDS = HEADER
            + "CN202310000001.1,CN116000001A,一种稀土永磁材料的制备方法,本发明涉及稀土永磁材料，具有高矫顽力。,"
            + "包头稀土研究院,张伟,H01F 1/057;C22C 38/00,2023-01-10,2023-04-11,发明,实质审查\n"
            + "CN202310000002.2,CN116000002A,一种土壤改良剂及其应用,本发明提供一种盐碱地土壤改良剂。,"
            + "内蒙古农业大学,王芳,C09K 17/40,2023-02-10,2023-05-12,发明,公开\n"
            + "CN202220000003.3,CN218000003U,一种羊绒分梳装置,本实用新型涉及羊绒加工设备。,"
            + "鄂尔多斯羊绒集团,李强,D01G 15/00,2022-03-10,2022-08-12,实用新型,授权\n"
            + "CN202310000004.4,CN116000004A,一种基因工程菌株的构建方法,本发明利用重组DNA技术构建菌株。,"
            + "内蒙古大学,赵敏,C12N 15/10;C12N 1/21,2023-03-10,2023-06-13,发明,实质审查\n"
            + "CN202310000005.5,CN116000005A,一种乳酸菌发酵乳制品,本发明涉及乳制品，采用C12N 1/20菌株。,"
            + "内蒙古伊利实业集团股份有限公司,孙丽,C12N 1/20;A23C 9/12,2023-04-10,2023-07-14,发明,公开\n"
            + "CN202310000006.6,CN116000006A,核酸序列检测方法,本发明涉及一种核酸检测。,"
            + "内蒙古医科大学,周杰,C12N 150/00,2023-05-10,2023-08-15,发明,公开\n";

    @TempDir
    Path folder;

    static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private DataSource database;
    private PatentCatalogue catalogue;
    private AuditedEdits audit;
    private final ModuleTexts texts = ModuleTexts.strict();

    @BeforeEach
    void open() throws Exception {
        database = TestDatabase.of(folder, "LOOKUP").dataSource();
        audit = new AuditedEdits(database);
        catalogue = new PatentCatalogue(database, folder.resolve("lookup"), 2);
        catalogue.awaitIdle();
    }

    @AfterEach
    void close() throws Exception {
        catalogue.close();
    }

    private ImportJob importText(String name, String text) throws Exception {
        Path upload = catalogue.newUpload();
        Files.writeString(upload, text, StandardCharsets.UTF_8);
        return finish(catalogue.submit(name, ImportFormat.of(null, name).orElseThrow(), upload, audit.on(DAY)));
    }

    private ImportJob importSample(String sample) throws Exception {
        Path upload = catalogue.newUpload();
        try (InputStream in = getClass().getResourceAsStream("/uspto/" + sample)) {
            Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
        }
        return finish(catalogue.submit(sample, ImportFormat.USPTO_XML, upload, audit.on(DAY)));
    }

    private ImportJob finish(ImportJob job) throws Exception {
        catalogue.awaitIdle();
        assertEquals(ImportJob.State.DONE, job.state(), job.failure());
        return job;
    }

    private List<String> numbers(String q, String number, String applicant, String inventor, String ipc) throws Exception {
        return catalogue.search(PatentQuery.parse(q, number, applicant, inventor, ipc, null, null, null, null, null,
                null, null, null)).items().stream().map(PatentSummary::applicationNumber).sorted().toList();
    }

    private List<String> byText(String q) throws Exception {
        return numbers(q, null, null, null, null);
    }

    @Test
    void aChineseWordFindsTheRecordsWithThatWordAndNotThoseSharingOnlyACharacter() throws Exception {
        importText("records.csv", RECORDS);

        assertEquals(List.of("CN202310000001.1"), byText("稀土"), "稀土 is in the first record only;"
                + " 土壤 shares the character 土");
        assertEquals(List.of("CN202310000002.2"), byText("土壤"));
        assertEquals(List.of("CN202220000003.3"), byText("羊绒"));
        assertEquals(List.of(), byText("土"), "a single character is no word of any record");
        assertEquals(List.of("CN202310000001.1"), byText("永磁材料 矫顽力"));
    }

    @Test
    void englishWordsAreFoundWhateverTheirForm() throws Exception {
        importSample("US06859910.xml");
        importSample("US08926509.xml");

        assertEquals(List.of("US09832323"), byText("transactional"));
        assertEquals(List.of("US12134151"), byText("Wireless sensor patches"));
        assertEquals(List.of("US12134151"), byText("patch"), "English words are stemmed");
        assertEquals(List.of(), byText("wireless transactional"), "every word must occur");
    }

    @Test
    void anIpcPrefixFindsEverythingBelowItAndNothingBeside() throws Exception {
        importText("records.csv", RECORDS);

        List<String> c12n = List.of("CN202310000004.4", "CN202310000005.5", "CN202310000006.6");
        assertEquals(c12n, numbers(null, null, null, null, "C12N"));
        assertEquals(c12n, numbers(null, null, null, null, "c12n"));
        assertEquals(List.of("CN202310000004.4"), numbers(null, null, null, null, "C12N 15"),
                "C12N 150/00 is not under C12N 15");
        assertEquals(List.of("CN202310000004.4"), numbers(null, null, null, null, "C12N15/10"));
        assertEquals(List.of("CN202310000005.5"), numbers(null, null, null, null, "C12N 1/20"));
        assertEquals(List.of("CN202310000004.4", "CN202310000005.5"), numbers(null, null, null, null, "C12N 1"));
        assertEquals(List.of("CN202310000001.1", "CN202310000002.2", "CN202310000004.4", "CN202310000005.5",
                "CN202310000006.6"), numbers(null, null, null, null, "C"));
        assertEquals(List.of("CN202310000004.4", "CN202310000005.5", "CN202310000006.6"),
                numbers(null, null, null, null, "C12"));
    }

    @Test
    void numbersAreFoundWithOrWithoutCountryCodeSpacesAndPunctuation() throws Exception {
        importText("records.csv", RECORDS);
        importSample("US06859910.xml");

        for (String n : List.of("US09832323", "09832323", "09/832,323", "US 09/832,323", "9832323", "US06859910B2",
                "US 6,859,910 B2", "6859910", "US6859910", "06859910 B2")) {
            assertEquals(List.of("US09832323"), numbers(null, n, null, null, null), n);
        }
        for (String n : List.of("CN202310000001.1", "202310000001.1", "CN 202310000001.1", "ZL202310000001.1",
                "2023100000011", "CN116000001A", "116000001A", "CN 116000001 A", "116000001")) {
            assertEquals(List.of("CN202310000001.1"), numbers(null, n, null, null, null), n);
        }
        assertEquals(List.of(), numbers(null, "CN20231000000", null, null, null), "no partial numbers");
        assertEquals("一种稀土永磁材料的制备方法", catalogue.get("ZL 202310000001.1").orElseThrow().title());
        assertEquals("US09832323", catalogue.get("US 6,859,910 B2").orElseThrow().applicationNumber());
    }

    @Test
    void applicantsAndInventorsMatchAsNamesAndCombineWithWords() throws Exception {
        importText("records.csv", RECORDS);
        importSample("US08930553.xml");
        importSample("US06970935.xml");

        assertEquals(List.of("US09703574", "US13648029"), numbers(null, null, "International Business Machines",
                null, null), "applicant or assignee");
        assertEquals(List.of("US13648029"), numbers("SIP", null, "International Business Machines", null, null));
        assertEquals(List.of("US13648029"), numbers(null, null, null, "Brian Pulito", null));
        assertEquals(List.of("CN202310000005.5"), numbers(null, null, "伊利", null, "C12N"));
        assertEquals(List.of("CN202310000004.4"), numbers(null, null, null, "赵敏", null));
    }

    @Test
    void facetsCountAllMatchesAndFiltersNarrowThem() throws Exception {
        importText("records.csv", RECORDS);

        PatentHits all = catalogue.search(PatentQuery.parse(null, null, null, null, null, null, null, null, null,
                null, null, null, "2"));
        assertEquals(6, all.total());
        assertEquals(2, all.items().size());
        assertEquals(List.of(new FacetCount("A", 1), new FacetCount("C", 5), new FacetCount("D", 1),
                new FacetCount("H", 1)), all.facets().get("section"));
        assertEquals(List.of(new FacetCount("2023", 5), new FacetCount("2022", 1)), all.facets().get("year"));
        assertEquals(List.of(new FacetCount("invention", 5), new FacetCount("utility_model", 1)),
                all.facets().get("type"));
        PatentHits utility = catalogue.search(PatentQuery.parse(null, null, null, null, null, null, null, null,
                "2022", "utility_model", null, null, null));
        assertEquals(1, utility.total());
        PatentHits range = catalogue.search(PatentQuery.parse(null, null, null, null, null, "2023-05", "2023-07-13",
                null, null, null, null, null, null));
        assertEquals(List.of("CN202310000002.2", "CN202310000004.4"), range.items().stream()
                .map(PatentSummary::applicationNumber).sorted().toList());
    }

    @Test
    void pagesDoNotOverlapOrSkipEvenWhenScoresAndDatesTie() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 45; i++) {
            csv.append(String.format("CN2023200%05d.1,,一种光伏支架,光伏支架,内蒙古能源公司,,H02S 20/10,2023-01-01,"
                    + "2023-06-01,实用新型,授权\n", i));
        }
        importText("many.csv", csv.toString());

        for (String sort : new String[] {"relevance", "newest", "oldest"}) {
            List<String> seen = new ArrayList<>();
            for (int page = 1; page <= 5; page++) {
                PatentHits hits = catalogue.search(PatentQuery.parse("光伏", null, null, null, null, null, null,
                        null, null, null, sort, String.valueOf(page), "10"));
                assertEquals(45, hits.total());
                hits.items().forEach(s -> seen.add(s.applicationNumber()));
            }
            assertEquals(45, seen.size(), sort);
            assertEquals(45, seen.stream().distinct().count(), sort);
            List<String> again = new ArrayList<>();
            for (int page = 1; page <= 5; page++) {
                catalogue.search(PatentQuery.parse("光伏", null, null, null, null, null, null, null, null, null,
                        sort, String.valueOf(page), "10")).items().forEach(s -> again.add(s.applicationNumber()));
            }
            assertEquals(seen, again, "the same search pages the same way");
        }
    }

    @Test
    void reImportUpdatesTheRecordAndNeverDuplicatesIt() throws Exception {
        ImportJob first = importText("records.csv", RECORDS);
        importSample("US06859910.xml");
        ImportJob second = importText("records-again.csv", RECORDS.replace("一种土壤改良剂及其应用",
                "一种盐碱地土壤改良剂").replace(",公开\n", ",授权\n"));
        ImportJob sample = importSample("US06859910.xml");

        assertEquals(6, first.added());
        assertEquals(0, second.added());
        assertEquals(6, second.replaced());
        assertEquals(1, sample.replaced());
        assertEquals(7, catalogue.search(PatentQuery.all(1, 20)).total());
        assertEquals(List.of("CN202310000002.2"), byText("盐碱地"));
        PatentRecord updated = catalogue.get("CN202310000002.2").orElseThrow();
        assertEquals("一种盐碱地土壤改良剂", updated.title());
        assertEquals("授权", updated.legalStatus());
    }

    @Test
    void anotherNodesImportIsFoundOnceTheIndexFollowsTheTable() throws Exception {
        PatentCatalogue otherNode = new PatentCatalogue(database, folder.resolve("other-node"), 2);
        try {
            otherNode.awaitIdle();
            importText("records.csv", RECORDS);
            assertEquals(0, otherNode.search(PatentQuery.all(1, 20)).total(), "not followed yet");

            otherNode.follow();
            assertEquals(6, otherNode.search(PatentQuery.all(1, 20)).total());

            importText("again.csv", RECORDS.replace("一种土壤改良剂及其应用", "一种盐碱地土壤改良剂"));
            otherNode.follow();
            PatentHits replaced = otherNode.search(PatentQuery.parse("盐碱地", null, null, null, null, null, null,
                    null, null, null, null, null, null));
            assertEquals(List.of("CN202310000002.2"), replaced.items().stream()
                    .map(PatentSummary::applicationNumber).toList(), "a replaced record is replaced, not doubled");
            assertEquals(6, otherNode.search(PatentQuery.all(1, 20)).total());
            assertEquals(6, otherNode.status().indexed(), "the search page's count");
        } finally {
            otherNode.close();
        }
    }

    @Test
    void theIndexHoldsWhatTheTableHoldsAfterAReImportAndIsNotRebuiltAtTheNextStart() throws Exception {
        importText("records.csv", RECORDS);
        ImportJob again = importText("again.csv", HEADER
                + "CN202310000001.1,CN116000001A,一种钕铁硼磁体,本发明涉及磁体。,包头稀土研究院,张伟,H01F 1/057,"
                + "2023-01-10,2023-04-11,发明,授权\n"
                + "CN202310000001.1,CN116000001A,一种钕铁硼永磁体,本发明涉及磁体。,包头稀土研究院,张伟,H01F 1/057,"
                + "2023-01-10,2023-04-11,发明,授权\n"
                + "CN202310000009.9,,一种奶酪加工设备,奶酪,内蒙古伊利实业集团股份有限公司,,A23C 19/02,2023-01-01,,"
                + "发明,公开\n");

        assertEquals(1, again.added());
        assertEquals(1, again.replaced(), "the application given twice in one batch is one record");
        PatentHits all = catalogue.search(PatentQuery.all(1, 20));
        assertEquals(7, all.total());
        assertEquals(7, all.items().stream().map(PatentSummary::applicationNumber).distinct().count());
        assertEquals(List.of(), byText("稀土永磁"), "the replaced title is no longer found");
        assertEquals(List.of("CN202310000001.1"), byText("钕铁硼"));
        assertEquals(List.of(new FacetCount("invention", 6), new FacetCount("utility_model", 1)),
                all.facets().get("type"), "replaced documents are not counted twice");
        assertEquals(List.of(new FacetCount("A", 2), new FacetCount("C", 4), new FacetCount("D", 1),
                new FacetCount("H", 1)), all.facets().get("section"));

        catalogue.close();
        catalogue = new PatentCatalogue(database, folder.resolve("lookup"), 2);
        assertEquals(new IndexStatus(IndexStatus.READY, 7, 7), catalogue.status(),
                "the committed index matches the tables, so nothing is rebuilt");
    }

    @Test
    void anImportThatFailsMidwayKeepsTheBatchesWrittenBeforeInTheTableAndTheIndex() throws Exception {
        catalogue.close();
        int[] connections = {0};
        DataSource failingOnce = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && ++connections[0] == 6) {
                        throw new SQLException("disk full");
                    }
                    try {
                        return method.invoke(database, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        catalogue = new PatentCatalogue(failingOnce, folder.resolve("lookup"), 2);
        catalogue.awaitIdle();
        Path upload = catalogue.newUpload();
        Files.writeString(upload, RECORDS, StandardCharsets.UTF_8);
        ImportJob job = catalogue.submit("records.csv", ImportFormat.CN_CSV, upload, audit.on(DAY));
        catalogue.awaitIdle();

        assertEquals(ImportJob.State.FAILED, job.state());
        assertEquals(PatentCatalogue.FAILED, job.failure(), "the reason in words, the error in the log");
        long stored = new PatentStore(database).state().count();
        assertEquals(job.added(), stored, "the batches before the failure stay, each whole");
        assertEquals(2, stored);
        ImportReport report = catalogue.report(job.id(), texts, Language.ZH_CN).orElseThrow();
        assertEquals("失败：新增 2 条，替换 0 条，拒绝 0 条。导入因服务器错误中断；此前已存入的记录保留，可以重新导入该文件。",
                report.summary());
        assertEquals(List.of("lookup.patents.import patent-import:" + job.id() + " records.csv (csv, "
                + RECORDS.getBytes(StandardCharsets.UTF_8).length + " bytes)", "lookup.patents.import.failed"
                + " patent-import:" + job.id() + " 2 added, 0 replaced, 0 refused"), audit.entries());
        assertEquals(stored, catalogue.search(PatentQuery.all(1, 20)).total());
        catalogue.close();
        catalogue = new PatentCatalogue(database, folder.resolve("lookup"), 2);
        assertEquals(new IndexStatus(IndexStatus.READY, stored, stored), catalogue.status());
    }

    @Test
    void anImportAStopInterruptsReportsTheRecordsItStoredOnceMarkedFailedAtTheNextStart() throws Exception {
        catalogue.close();
        int[] connections = {0};
        java.util.concurrent.CountDownLatch killed = new java.util.concurrent.CountDownLatch(1);
        DataSource stoppingAfterTwoBatches = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && ++connections[0] == 6) {
                        killed.await(); // the process ends here: nothing after it runs
                        throw new SQLException("stopped");
                    }
                    try {
                        return method.invoke(database, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        PatentCatalogue stopping = new PatentCatalogue(stoppingAfterTwoBatches, folder.resolve("lookup"), 2);
        try {
            stopping.awaitIdle();
            Path upload = stopping.newUpload();
            Files.writeString(upload, RECORDS, StandardCharsets.UTF_8);
            ImportJob job = stopping.submit("records.csv", ImportFormat.CN_CSV, upload, audit.on(DAY));
            long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (connections[0] < 6 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertEquals(ImportJob.State.RUNNING, job.state());

            // the next start of the same node, on the same database (an index of its own: the stopped one still
            // holds its lock; the node's name goes with it)
            Files.createDirectories(folder.resolve("restarted"));
            Files.copy(folder.resolve("lookup").resolve("node"), folder.resolve("restarted").resolve("node"));
            catalogue = new PatentCatalogue(database, folder.resolve("restarted"), 2);
            catalogue.awaitIdle();
            long stored = new PatentStore(database).state().count();
            assertEquals(2, stored, "a batch of two was stored before the stop");
            ImportReport report = catalogue.report(job.id(), texts, Language.ZH_CN).orElseThrow();
            assertEquals("FAILED", report.state());
            assertEquals("失败：新增 2 条，替换 0 条，拒绝 0 条。导入因系统停止而中断；此前已存入的记录保留，可以重新导入该文件。",
                    report.summary(), "the report counts what the table holds of the import");
            assertEquals(stored, catalogue.search(PatentQuery.all(1, 20)).total(), "the index holds them too");
        } finally {
            killed.countDown();
            stopping.close();
        }
    }

    @Test
    void aBadLineIsReportedAndTheRestImported() throws Exception {
        ImportJob job = importText("mixed.csv", RECORDS + "CN202310000007.7,,坏日期,,,,,2023-02-30,,发明,\n");

        assertEquals(6, job.added());
        assertEquals(1, job.rejected());
        assertEquals(List.of(ImportProblem.of("mixed.csv", 8, "lookup.import.error.date", "申请日", "2023-02-30")),
                job.problems());
        assertEquals(100, job.percent());
    }

    @Test
    void aMissingIndexIsRebuiltFromTheDatabaseAtStart() throws Exception {
        importText("records.csv", RECORDS);
        catalogue.close();
        Path index = folder.resolve("lookup").resolve("patent-index");
        try (var files = Files.list(index)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }

        catalogue = new PatentCatalogue(database, folder.resolve("lookup"), 2);
        assertTrue(catalogue.status().rebuilding() || catalogue.status().total() == 6);
        catalogue.awaitIdle();

        assertEquals(IndexStatus.READY, catalogue.status().state());
        assertEquals(List.of("CN202310000001.1"), byText("稀土"));
        assertEquals(6, catalogue.search(PatentQuery.all(1, 20)).total());
    }

    @Test
    void anIndexOfTheEarlierLayoutIsRebuiltAtStartThoughItsCountsMatch() throws Exception {
        importText("records.csv", RECORDS);
        catalogue.close();
        PatentStore.State stored = new PatentStore(database).state();
        Path index = folder.resolve("lookup").resolve("patent-index");
        try (Directory directory = FSDirectory.open(index);
                IndexWriter earlier = new IndexWriter(directory, new IndexWriterConfig()
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            Document d = new Document();
            d.add(new StringField("key", "CN2023100000011", Field.Store.YES));
            d.add(new LongPoint("date", 19000));
            d.add(new NumericDocValuesField("date_sort", 19000));
            earlier.addDocument(d);
            earlier.setLiveCommitData(Map.of("count", String.valueOf(stored.count()), "revision",
                    String.valueOf(stored.revision())).entrySet());
            earlier.commit();
        }

        catalogue = new PatentCatalogue(database, folder.resolve("lookup"), 2);
        assertTrue(catalogue.status().rebuilding(), "layout 1 had no layout mark");
        catalogue.awaitIdle();

        assertEquals(6, catalogue.search(PatentQuery.all(1, 20)).total());
        assertEquals("CN202310000006.6", catalogue.search(PatentQuery.all(1, 1)).items().get(0).applicationNumber(),
                "newest first, by the date field of the new layout");
        assertEquals(List.of("CN202310000001.1"), byText("稀土"));
    }

    @Test
    void anIndexBehindTheDatabaseIsNoticedAndRebuilt() throws Exception {
        importText("records.csv", RECORDS);
        catalogue.close();
        new PatentStore(database).write(List.of(new PatentRecord("CN202310000099.9", null, PatentType.INVENTION,
                "一种马铃薯种植方法", "", List.of(), List.of(), List.of(), List.of(), null, null, null, 0, "test")));

        catalogue = new PatentCatalogue(database, folder.resolve("lookup"), 2);
        catalogue.awaitIdle();

        assertEquals(List.of("CN202310000099.9"), byText("马铃薯"));
        assertEquals(7, catalogue.status().total());
    }

    @Test
    void aSearchOfMoreWordsThanAQueryTakesIsRefusedWithAReasonNotAnError() throws Exception {
        importText("records.csv", RECORDS);
        String words = words(1100);
        String thirtyThree = words(33);

        Refusal many = assertThrows(Refusal.class, () -> catalogue.search(PatentQuery.parse(thirtyThree, null, null,
                null, null, null, null, null, null, null, null, null, null)));
        assertEquals("lookup.error.words", many.key());
        assertEquals("名称或摘要中的词语：词语过多，一次检索最多 32 个词，现有 33 个。请删去一些词语再检索。",
                many.text(texts, Language.ZH_CN));
        Refusal huge = assertThrows(Refusal.class, () -> catalogue.search(PatentQuery.parse(words, null, null, null,
                null, null, null, null, null, null, null, null, null)));
        assertEquals("lookup.error.tooLong", huge.key());
        assertEquals("Words in title or abstract is too long: at most 500 characters.", huge.text(texts, Language.EN));
        Refusal applicant = assertThrows(Refusal.class, () -> catalogue.search(PatentQuery.parse(null, null,
                "包头".repeat(101), null, null, null, null, null, null, null, null, null, null)));
        assertEquals("lookup.error.tooLong", applicant.key());
        String chinese = "本发明公开了一种稀土永磁材料的制备方法，包括原料配比、熔炼、制粉、压制成型、烧结和回火处理等步骤，"
                + "所得磁体具有高矫顽力、高剩磁和良好的温度稳定性，可广泛应用于新能源汽车驱动电机、风力发电机、工业机器人"
                + "和消费电子产品等领域，显著降低了重稀土元素的用量和生产成本。";
        assertEquals("lookup.error.words", assertThrows(Refusal.class, () -> catalogue.search(PatentQuery.parse(
                chinese, null, null, null, null, null, null, null, null, null, null, null, null))).key(),
                "Chinese words count as the analyzer splits them");
        assertEquals(List.of(), byText(words(32)), "32 words are searched");
    }

    /** {@code n} distinct words that no stemming merges: qbbb, qbbc, … */
    private static String words(int n) {
        String letters = "bcdfghjklmnprtvwxz";
        int k = letters.length();
        return String.join(" ", java.util.stream.IntStream.range(0, n).mapToObj(i -> "q" + letters.charAt(i / (k * k)
                % k) + letters.charAt(i / k % k) + letters.charAt(i % k)).toList());
    }

    @Test
    void aRecordWithAFieldLongerThanTheTableHoldsIsRefusedWithItsLineAndTheRestImported() throws Exception {
        ImportJob job = importText("long.csv", HEADER
                + "CN202310000011.1,,一种奶酪,奶酪,伊利,,A23C 19/02,2023-01-01,,发明,公开\n"
                + "CN202310000012.2,," + "长".repeat(1001) + ",摘要,伊利,,A23C 19/02,2023-01-01,,发明,公开\n"
                + "CN202310000013.3,,一种酸奶,酸奶,伊利,,A23C 9/12,2023-01-01,,发明,公开\n");

        assertEquals(2, job.added());
        assertEquals(List.of(ImportProblem.of("long.csv", 3, "lookup.import.error.tooLong",
                new Refusal.Term("lookup.field.title"), 1000, 1001)), job.problems());
        ImportReport report = catalogue.report(job.id(), texts, Language.ZH_CN).orElseThrow();
        assertEquals("第 3 行", report.problems().get(0).place());
        assertEquals("“名称”超过 1000 个字符的上限（有 1001 个字符），该条未导入。", report.problems().get(0).message());
        assertEquals("已完成：新增 2 条，替换 0 条，拒绝 1 条", report.summary());
        assertTrue(catalogue.get("CN202310000012.2").isEmpty());
    }

    @Test
    void theRecentImportsAreListedNewestFirstAndARecordNamesItsImportInWords() throws Exception {
        ImportJob first = importText("records.csv", RECORDS);
        ImportJob second = importSample("US06859910.xml");

        List<ImportReport> recent = catalogue.recent(20, texts, Language.EN);
        assertEquals(List.of(second.id(), first.id()), recent.stream().map(ImportReport::id).toList());
        assertEquals("Done: 1 added, 0 replaced, 0 refused", recent.get(0).summary());
        assertEquals("2026-12-02 导入的中文著录项目数据（第 " + first.id() + " 批）", catalogue.origin(
                catalogue.get("CN202310000001.1").orElseThrow(), texts, Language.ZH_CN).orElseThrow());
        assertEquals("USPTO full-text data imported on 2026-12-02 (batch " + second.id() + ")", catalogue.origin(
                catalogue.get("US09832323").orElseThrow(), texts, Language.EN).orElseThrow());

        catalogue.close();
        catalogue = new PatentCatalogue(database, folder.resolve("lookup"), 2);
        assertEquals(List.of(second.id(), first.id()), catalogue.recent(20, texts, Language.EN).stream()
                .map(ImportReport::id).toList(), "imports are remembered across a restart");
    }
}
