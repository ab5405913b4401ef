package org.onestop.lookup.internal.gi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.module.Refusal;
import org.onestop.api.schema.SqlFailures;
import org.onestop.lookup.internal.AuditedEdits;
import org.onestop.lookup.internal.Edit;
import org.onestop.testing.TestDatabase;

/** The seeded geographical indications in a real Derby database, searched and kept by staff. */
class GeoIndicationsTest {

    @TempDir
    Path folder;

    private GeoIndications indications;
    private AuditedEdits audit;
    private Edit edit;

    @BeforeEach
    void seed() throws Exception {
        DataSource database = TestDatabase.of(folder, "LOOKUP").dataSource();
        indications = new GeoIndications(database);
        audit = new AuditedEdits(database);
        edit = audit.on(LocalDate.of(2026, 12, 2));
        try (InputStream in = getClass().getResourceAsStream("/seed/geographical-indications.json")) {
            indications.seed(in);
        }
    }

    @Test
    void theRealOnesAreSeededAndFoundByTheirWords() throws Exception {
        List<String> names = indications.all().stream().map(GeoIndication::name).toList();

        assertTrue(names.contains("鄂托克阿尔巴斯山羊肉"), names.toString());
        assertTrue(names.contains("扎兰屯黑木耳"), names.toString());
        assertEquals(List.of("鄂托克阿尔巴斯山羊肉"), indications.search("山羊肉").stream()
                .map(GeoIndication::name).toList());
        assertEquals(List.of("扎兰屯黑木耳"), indications.search("呼伦贝尔").stream().map(GeoIndication::name)
                .toList());
        assertEquals("AGRICULTURAL", indications.search("扎兰屯").get(0).protection());
    }

    @Test
    void stewardsAddEditAndRemoveEachChangeAuditedWithIt() throws Exception {
        GeoIndicationForm form = new GeoIndicationForm("科尔沁牛", "内蒙古自治区通辽市", "畜禽产品", "", "",
                "2010-01-15", "agricultural", "");
        assertEquals(Map.of(), form.problems());
        GeoIndication added = indications.add(form.toIndication(0), edit);

        assertEquals("科尔沁牛", indications.get(added.id()).orElseThrow().name());
        assertEquals(LocalDate.of(2010, 1, 15), added.registeredOn());
        assertTrue(indications.update(added.id(), new GeoIndicationForm("科尔沁牛", "通辽市", "畜禽产品", "某协会",
                "AGI-TEST", "", "AGRICULTURAL", "").toIndication(added.id()), edit));
        assertEquals("某协会", indications.get(added.id()).orElseThrow().holder());
        assertTrue(SqlFailures.duplicateKey(assertThrows(SQLException.class,
                () -> indications.add(form.toIndication(0), edit))), "the same name and region twice");
        assertTrue(indications.delete(added.id(), edit));
        assertTrue(indications.get(added.id()).isEmpty());
        assertEquals(List.of("lookup.gi.added gi:" + added.id() + " 科尔沁牛",
                "lookup.gi.changed gi:" + added.id() + " 科尔沁牛", "lookup.gi.removed gi:" + added.id() + " 科尔沁牛"),
                audit.entries(), "the refused duplicate left no entry");
    }

    @Test
    void aSearchOfTooManyWordsIsRefusedWithAMessage() {
        String many = String.join(" ", java.util.stream.IntStream.range(0, 17).mapToObj(n -> "w" + n).toList());

        assertEquals("lookup.error.words", assertThrows(Refusal.class, () -> indications.search(many)).key());
        assertEquals("lookup.error.tooLong", assertThrows(Refusal.class, () -> indications.search("黑".repeat(201)))
                .key());
    }

    @Test
    void aFormWithWrongFieldsNamesEachOne() {
        GeoIndicationForm bad = new GeoIndicationForm(" ", "某地", "", null, null, "2010-13-01", "OTHER", null);

        assertEquals(Map.of("name", "lookup.gi.error.required", "category", "lookup.gi.error.required",
                "registeredOn", "lookup.gi.error.date", "protection", "lookup.gi.error.protection"), bad.problems());
    }
}
