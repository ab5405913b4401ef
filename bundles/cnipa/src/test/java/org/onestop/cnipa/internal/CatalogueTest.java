package org.onestop.cnipa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.api.module.Refusal;
import org.onestop.testing.ModuleTexts;

class CatalogueTest {

    @TempDir
    Path folder;

    @Test
    void everyBusinessHasAnEntryWithItsSourceAndItsDetailsMarkedToBeConfirmed() throws Exception {
        try (CnipaDesk desk = new CnipaDesk(folder)) {
            Catalogue catalogue = desk.catalogue();
            Map<String, CatalogueEntry> current = desk.businesses.work().call(catalogue::current);
            assertEquals(desk.column("SELECT CODE FROM CNIPA.BUSINESS ORDER BY CODE"), List.copyOf(current.keySet()));
            for (CatalogueEntry entry : current.values()) {
                assertEquals(1, entry.version());
                assertTrue(entry.toConfirm(), entry.code());
                assertEquals(Map.of(), entry.problems(), entry.code() + " is a well-formed entry");
                assertTrue(entry.text("source", Language.ZH_CN).contains("以国家知识产权局公布为准"), entry.code());
                assertFalse(entry.materials(Language.EN).isEmpty(), entry.code());
                assertEquals(entry.materials(Language.ZH_CN).size(), entry.materials(Language.EN).size(),
                        entry.code() + ": the same checklist in both languages");
            }
            CatalogueEntry reduction = current.get("fee-reduction");
            assertTrue(reduction.text("entryPoint", Language.ZH_CN).contains("专利业务办理系统"));
            assertTrue(reduction.text("entryPoint", Language.ZH_CN).contains("本人"),
                    "the applicant must file it in person");
            assertTrue(reduction.text("fees", Language.ZH_CN).contains("85%"));
            assertTrue(current.get("fee-payment").text("fees", Language.EN).contains("5% of the year's fee"));
        }
    }

    @Test
    void aClerksEditIsTheNextVersionWithWhoWhenAndWhatChangedAndIsAudited() throws Exception {
        try (CnipaDesk desk = new CnipaDesk(folder)) {
            CatalogueEntry first = current(desk, "patent-pledge");
            Map<String, String> typed = new LinkedHashMap<>(first.fields());
            typed.put("timeLimitZh", "  材料齐全的，窗口当日受理。\r\n  ");
            CatalogueEntry second = desk.catalogueDesk().edit("patent-pledge", 1, typed, false, CnipaDesk.CLERK);

            assertEquals(2, second.version());
            assertEquals("王窗口", second.editedBy());
            assertEquals(desk.clock.instant(), second.editedAt());
            assertEquals("材料齐全的，窗口当日受理。", current(desk, "patent-pledge").text("timeLimit", Language.ZH_CN));
            List<CatalogueEntry> versions = desk.businesses.work().call(tx -> desk.catalogue().versions(tx,
                    "patent-pledge"));
            assertEquals(List.of(2, 1), versions.stream().map(CatalogueEntry::version).toList());
            assertEquals(first, versions.get(1), "the first version is kept as it was");
            assertEquals(List.of("timeLimitZh", "toConfirm"), versions.get(0).changedFrom(versions.get(1)));
            assertEquals(List.of("cnipa.catalogue.changed"), desk.column("SELECT ACTION FROM PLATFORM.AUDIT_ENTRY"
                    + " WHERE ACTION LIKE 'cnipa.%'"));
            assertEquals(List.of("catalogue:patent-pledge"), desk.column("SELECT TARGET FROM PLATFORM.AUDIT_ENTRY"
                    + " WHERE ACTION LIKE 'cnipa.%'"));
            assertEquals(1, current(desk, "fee-payment").version(), "other entries are untouched");
            // the operators' audit page: the item by its name, the fields changed under the form's labels
            CnipaEntryWords words = new CnipaEntryWords(desk.catalogue(), desk.feeSchedule(), ModuleTexts.strict());
            String name = desk.businesses.work().call(tx -> desk.businesses.find(tx, "patent-pledge")).orElseThrow()
                    .nameZh();
            assertEquals("办事事项“" + name + "”", words.target("cnipa.catalogue.changed", "catalogue:patent-pledge",
                    Language.ZH_CN).orElseThrow());
            assertEquals("第 2 版，修改了：办理时限（中文）、“待核实”提示", words.detail("cnipa.catalogue.changed",
                    "catalogue:patent-pledge", desk.column("SELECT DETAIL FROM PLATFORM.AUDIT_ENTRY WHERE ACTION"
                            + " LIKE 'cnipa.%'").get(0), Language.ZH_CN).orElseThrow());
        }
    }

    @Test
    void aWrongEditIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        try (CnipaDesk desk = new CnipaDesk(folder)) {
            Map<String, String> typed = new LinkedHashMap<>(current(desk, "register-extract").fields());
            typed.put("feesEn", "   ");
            typed.put("materialsZh", "请求书 | 原件 | 1 |\n身份证明 | 扫描件 | 1 |");
            typed.put("bringZh", "带".repeat(1001));
            Refusal refused = assertThrows(Refusal.class, () -> desk.catalogueDesk().edit("register-extract", 1,
                    typed, true, CnipaDesk.CLERK));
            assertEquals(422, refused.status());
            assertEquals(Map.of("feesEn", "cnipa.catalogue.error.required", "materialsZh",
                    "cnipa.catalogue.error.material", "bringZh", "cnipa.catalogue.error.tooLong"), refused.fields());
            assertEquals(List.of("1"), desk.column("SELECT MAX(VERSION) FROM CNIPA.CATALOGUE_VERSION"
                    + " WHERE CODE = 'register-extract'"));
            assertEquals(List.of(), desk.column("SELECT ACTION FROM PLATFORM.AUDIT_ENTRY WHERE ACTION LIKE 'cnipa.%'"));
        }
    }

    @Test
    void anEditOnAVersionNoLongerInForceIsRefusedAndAnEditThatChangesNothingAddsNoVersion() throws Exception {
        try (CnipaDesk desk = new CnipaDesk(folder)) {
            CatalogueEntry first = current(desk, "fee-payment");
            CatalogueDesk editor = desk.catalogueDesk();
            assertEquals(first, editor.edit("fee-payment", 1, first.fields(), true, CnipaDesk.CLERK));
            Map<String, String> mine = new LinkedHashMap<>(first.fields());
            mine.put("bringZh", "申请号或专利号。");
            editor.edit("fee-payment", 1, mine, true, CnipaDesk.CLERK);
            Map<String, String> theirs = new LinkedHashMap<>(first.fields());
            theirs.put("bringZh", "专利号。");
            Refusal stale = assertThrows(Refusal.class, () -> editor.edit("fee-payment", 1, theirs, true,
                    CnipaDesk.CLERK));
            assertEquals(409, stale.status());
            assertEquals("申请号或专利号。", current(desk, "fee-payment").text("bring", Language.ZH_CN));
            assertEquals(404, assertThrows(Refusal.class, () -> editor.edit("no-such-business", 0, mine, true,
                    CnipaDesk.CLERK)).status());
        }
    }

    @Test
    void theMaterialsChecklistIsReadItemByItem() {
        Material form = Material.parse("专利权质押登记申请表 | 原件 | 2 | https://www.cnipa.gov.cn/form.doc");
        assertEquals(new Material("专利权质押登记申请表", true, 2, "https://www.cnipa.gov.cn/form.doc"), form);
        assertEquals(new Material("ID card", false, 1, ""), Material.parse("ID card | copy | 1"));
        assertEquals(new Material("Form", true, 1, "/cnipa/templates/pledge"), Material.parse(
                "Form | original | 1 | /cnipa/templates/pledge"));
        for (String wrong : List.of("名称 | 扫描件 | 1", "名称 | 原件 | 0", "名称 | 原件 | 一", " | 原件 | 1",
                "名称 | 原件 | 1 | javascript:alert(1)", "名称 | 原件 | 1 | http://example.cn/x", "名称 | 原件")) {
            assertFalse(Material.allWellFormed(wrong), wrong);
        }
        assertFalse(Material.allWellFormed("\n \n"), "at least one item");
        assertTrue(Material.allWellFormed("a | 原件 | 1\n\nb | 复印件 | 3 |"));
    }

    private static CatalogueEntry current(CnipaDesk desk, String code) throws Exception {
        return desk.businesses.work().call(tx -> desk.catalogue().current(tx, code)).orElseThrow();
    }
}
