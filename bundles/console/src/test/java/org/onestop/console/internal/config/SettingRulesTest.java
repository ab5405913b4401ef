package org.onestop.console.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;

/** An operator's values checked against what a component's metatype declares, and what then changes. */
class SettingRulesTest {

    /** A setting as a metatype declares it; {@code max} stands for the metatype's own check (0: none). */
    private record Declared(String id, int type, int cardinality, String[] defaults, String[] options, long max)
            implements AttributeDefinition {

        static Declared of(String id, int type, String... defaults) {
            return new Declared(id, type, 0, defaults.length == 0 ? null : defaults, null, 0);
        }

        @Override
        public String getName() {
            return id;
        }

        @Override
        public String getID() {
            return id;
        }

        @Override
        public String getDescription() {
            return "";
        }

        @Override
        public int getCardinality() {
            return cardinality;
        }

        @Override
        public int getType() {
            return type;
        }

        @Override
        public String[] getOptionValues() {
            return options;
        }

        @Override
        public String[] getOptionLabels() {
            return options;
        }

        @Override
        public String validate(String value) {
            return max == 0 ? null : Long.parseLong(value) <= max ? "" : "Value " + value + " is above " + max;
        }

        @Override
        public String[] getDefaultValue() {
            return defaults;
        }
    }

    private static final Declared HOST = Declared.of("smtp.host", AttributeDefinition.STRING, "");
    private static final Declared PORT = Declared.of("smtp.port", AttributeDefinition.INTEGER, "587");
    private static final Declared TLS = Declared.of("smtp.starttls", AttributeDefinition.BOOLEAN, "true");
    private static final Declared PASSWORD = Declared.of("smtp.password", AttributeDefinition.PASSWORD, "");
    private static final Declared TOKEN = Declared.of("api.token", AttributeDefinition.STRING, "");
    private static final Declared SECURE = new Declared("cookie.secure", AttributeDefinition.STRING, 0,
            new String[] {"auto"}, new String[] {"auto", "always", "never"}, 0);
    private static final Declared POOL = new Declared("pool.size", AttributeDefinition.INTEGER, 0,
            new String[] {"10"}, null, 50);
    private static final Declared WEEKEND = new Declared("weekend.days", AttributeDefinition.STRING, 7, null,
            new String[] {"SATURDAY", "SUNDAY", "MONDAY"}, 0);
    private static final AttributeDefinition[] MAIL = {HOST, PORT, TLS, PASSWORD, TOKEN, SECURE, POOL, WEEKEND};

    private static SettingRules.Edit check(Map<String, String> current, Map<String, String> given,
            String... cleared) {
        return SettingRules.check(MAIL, Set.of(), current, given, Set.of(cleared));
    }

    @Test
    void onlyTheSettingsWhoseValueDiffersFromTheOneInForceChange() {
        Map<String, String> current = Map.of("smtp.host", "old.example.cn", "smtp.port", "587");
        SettingRules.Edit edit = check(current, Map.of("smtp.host", " mail.example.cn ", "smtp.port", "587",
                "smtp.starttls", "true", "cookie.secure", "auto"));
        assertTrue(edit.faults().isEmpty(), edit.faults().toString());
        assertEquals(Map.of("smtp.host", "mail.example.cn"), edit.writes());
        assertEquals(List.of(new SettingRules.Change("smtp.host", "old.example.cn", "mail.example.cn")),
                edit.changes());
    }

    @Test
    void anEmptyValueOfASettingThatIsNotTextTakesItOutSoThatItsDefaultApplies() {
        SettingRules.Edit edit = check(Map.of("smtp.port", "25"), Map.of("smtp.port", ""));
        Map<String, String> removed = new HashMap<>();
        removed.put("smtp.port", null);
        assertEquals(removed, edit.writes());
        assertEquals(List.of(new SettingRules.Change("smtp.port", "25", null)), edit.changes());
        assertEquals("smtp.port: \"25\" -> (default)", ConfigEdits.detail(edit.changes()));
    }

    @Test
    void valuesOfTheWrongTypeOutsideTheOptionsOrRefusedByTheMetatypeAreFaultsAndNothingIsWritten() {
        SettingRules.Edit edit = check(Map.of(), Map.of("smtp.port", "25x", "smtp.starttls", "yes",
                "cookie.secure", "sometimes", "pool.size", "80", "weekend.days", "SATURDAY, FRIDAY",
                "smtp.host", "${onestop.data}"));
        assertEquals("console.config.error.whole", edit.faults().get("smtp.port").key());
        assertEquals(List.of("-2147483648", "2147483647"), edit.faults().get("smtp.port").arguments());
        assertEquals("console.config.error.boolean", edit.faults().get("smtp.starttls").key());
        assertEquals("console.config.error.option", edit.faults().get("cookie.secure").key());
        assertEquals("console.config.error.rejected", edit.faults().get("pool.size").key());
        assertEquals("console.config.error.option", edit.faults().get("weekend.days").key());
        assertEquals("console.config.error.placeholder", edit.faults().get("smtp.host").key());
        assertEquals(6, edit.faults().size());
        assertTrue(edit.writes().isEmpty());
    }

    @Test
    void aListTakesCommaSeparatedValuesEachChecked() {
        SettingRules.Edit edit = check(Map.of(), Map.of("weekend.days", "SATURDAY,SUNDAY", "pool.size", "20"));
        assertTrue(edit.faults().isEmpty(), edit.faults().toString());
        assertEquals(Map.of("weekend.days", "SATURDAY,SUNDAY", "pool.size", "20"), edit.writes());
    }

    @Test
    void aRequiredSettingWithoutDefaultMayNotBeEmptied() {
        Declared limit = Declared.of("limit", AttributeDefinition.LONG);
        SettingRules.Edit edit = SettingRules.check(new AttributeDefinition[] {limit}, Set.of("limit"),
                Map.of("limit", "5"), Map.of("limit", " "), Set.of());
        assertEquals("console.config.error.required", edit.faults().get("limit").key());
    }

    @Test
    void anEmptySecretIsKeptAChangedOneIsWrittenAndNeitherValueIsEverShown() {
        Map<String, String> current = Map.of("smtp.password", "Old-Secret-1", "api.token", "tok-1");
        assertTrue(check(current, Map.of("smtp.password", "", "api.token", "")).writes().isEmpty());

        SettingRules.Edit changed = check(current, Map.of("smtp.password", "New-Secret-2"));
        assertEquals(Map.of("smtp.password", "New-Secret-2"), changed.writes());
        String detail = ConfigEdits.detail(changed.changes());
        assertEquals("smtp.password: ••• -> •••", detail);
        assertFalse(detail.contains("Secret"));

        SettingRules.Edit cleared = check(current, Map.of("api.token", ""), "api.token");
        assertEquals(Map.of("api.token", ""), cleared.writes());
        assertTrue(SettingRules.secret(TOKEN));
        assertFalse(SettingRules.secret(HOST));
    }

    @Test
    void theDefaultEnteredForASettingWithoutValueChangesNothing() {
        assertTrue(check(Map.of(), Map.of("smtp.port", "587", "smtp.host", "", "pool.size", "10")).writes()
                .isEmpty());
    }

    @Test
    void theAuditDetailQuotesValuesSoThatTheyReadBackWhole() {
        assertEquals("title: \"a \\\"quoted\\\" ; -> title\" -> \"b\"", ConfigEdits.detail(List.of(
                new SettingRules.Change("title", "a \"quoted\" ; -> title", "b"))));
        assertEquals("title: (default) -> \"\"", ConfigEdits.detail(List.of(
                new SettingRules.Change("title", null, ""))));
    }
}
