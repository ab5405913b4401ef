package org.onestop.preexam.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onestop.preexam.internal.rules.IpcCode;
import org.onestop.preexam.internal.rules.LocarnoCode;
import org.onestop.preexam.internal.rules.PatentType;
import org.onestop.preexam.internal.rules.QuotaPeriod;

/** The centre's settings as the shipped file and an operator's edits give them. */
class CentreSettingsTest {

    @Test
    void theShippedFileServesBiologyAndNewMaterialsInInnerMongolia() throws Exception {
        CentreSettings settings = CentreSettings.from(Configs.shipped());
        assertEquals("C12N, C12Q, A01H, C08L, C22C", settings.fields().toString());
        assertEquals(12, settings.regions().size(), "the twelve leagues and cities of Inner Mongolia");
        assertEquals("包头市", settings.region("150200").orElseThrow().name().zh());
        assertEquals("Baotou", settings.region("150200").orElseThrow().name().en());
        assertTrue(settings.region("110000").isEmpty(), "Beijing is outside the region");
        assertEquals(EnumSet.allOf(PatentType.class), settings.patentTypes());
        assertEquals(5, settings.examinationDays());
        assertEquals(5, settings.correctionDays());
        assertEquals(10, settings.filingDays());
        assertEquals(QuotaPeriod.MONTH, settings.quota().period());
        assertEquals(10, settings.quota().requests());
        assertTrue(settings.fields().covers(IpcCode.parse("C12N 15/10").orElseThrow()));
        assertEquals("05-06, 13, 15, 24, 26", settings.designScope().toString(), "designs by Locarno class");
        assertTrue(!settings.designScope().covers(LocarnoCode.parse("09-03").orElseThrow()), "no packaging");
        assertEquals(settings, CentreSettings.from(Defaults.CONFIG), "the file and the defaults agree");
    }

    @Test
    void anOperatorNarrowsTheCentreToAGroupAndOneType() {
        CentreSettings settings = CentreSettings.from(Configs.of(Map.of("fields", "C12N 15; A01H",
                "patent.types", "invention", "quota.period", "Quarter", "regions", "150200=包头市")));
        assertTrue(settings.fields().covers(IpcCode.parse("C12N 15/82").orElseThrow()));
        assertTrue(!settings.fields().covers(IpcCode.parse("C12N 9/10").orElseThrow()), "other groups are out");
        assertEquals(EnumSet.of(PatentType.INVENTION), settings.patentTypes());
        assertEquals(QuotaPeriod.QUARTER, settings.quota().period());
        assertEquals("包头市", settings.region("150200").orElseThrow().name().en(), "no English name given");
    }

    @Test
    void aSettingThatCannotBeReadIsNamedAndTheSettingsBeforeItStay() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CentreSettings.from(Configs.of(Map.of(
                "regions", "15020=包头市")))).getMessage().contains("15020=包头市"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CentreSettings.from(Configs.of(Map.of(
                "patent.types", "invention,plant-variety")))).getMessage().contains("plant-variety"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CentreSettings.from(Configs.of(Map.of(
                "examination.days", "0")))).getMessage().contains("examination.days"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CentreSettings.from(Configs.of(Map.of(
                "quota.period", "week")))).getMessage().contains("week"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CentreSettings.from(Configs.of(Map.of(
                "design.locarno", "13, 33-01")))).getMessage().contains("design.locarno"));

        CentreSettings before = CentreSettings.from(Configs.of(Map.of("quota.requests", "4")));
        assertSame(before, Centre.read(Configs.of(Map.of("fields", "C12N, 12N")), before));
        assertEquals(10, Centre.read(Configs.of(Map.of("fields", "")), null).quota().requests(),
                "the defaults at the first start");
    }
}
