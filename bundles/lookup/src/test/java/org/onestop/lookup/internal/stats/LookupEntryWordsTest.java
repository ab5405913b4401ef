package org.onestop.lookup.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.testing.ModuleTexts;
import org.onestop.testing.TestDatabase;

/** A patent import's entries as the operators' audit page words them: its format by name, its counts in words. */
class LookupEntryWordsTest {

    @TempDir
    Path folder;

    @Test
    void anImportReadsWithItsFormatAndCountsInTheReadersLanguage() throws Exception {
        try (TestDatabase db = TestDatabase.of(folder, "LOOKUP")) {
            LookupEntryWords words = new LookupEntryWords(new IndicatorStore(db.dataSource()), ModuleTexts.strict());
            assertEquals(Optional.of("grants 2024.xml（美国专利商标局（USPTO）全文 XML，52340 字节）"), words.detail(
                    "lookup.patents.import", "patent-import:3", "grants 2024.xml (uspto-xml, 52340 bytes)",
                    Language.ZH_CN));
            assertEquals(Optional.of("新增 12 条，替换 0 条，拒收 1 条"), words.detail("lookup.patents.imported",
                    "patent-import:3", "12 added, 0 replaced, 1 refused", Language.ZH_CN));
            assertEquals(Optional.of("12 added, 0 replaced, 1 refused"), words.detail("lookup.patents.import.failed",
                    "patent-import:3", "12 added, 0 replaced, 1 refused", Language.EN));
            assertEquals(Optional.empty(), words.detail("lookup.gi.added", "gi:4", "乌珠穆沁羊肉", Language.ZH_CN),
                    "a name staff typed stays as written");
        }
    }
}
