package org.onestop.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** How a configuration change is described in the audit trail, and that secrets never are. */
class RuntimeEventsTest {

    @Test
    void changedAddedAndRemovedKeysAreDescribed() {
        String changes = RuntimeEvents.changes(Map.of("title.zh", "旧标题", "old.key.name", "x", "same", "1"),
                Map.of("title.zh", "新标题", "same", "1", "pool.size", "20"));

        assertEquals("old.key.name removed; pool.size=20; title.zh: 旧标题 → 新标题", changes);
    }

    @Test
    void valuesOfSecretLookingKeysNeverAppear() {
        String changes = RuntimeEvents.changes(Map.of("smtp.password", "hunter2"),
                Map.of("smtp.password", "correct horse", "api.token", "t0k3n", "client_secret", "s3cr3t"));

        assertEquals("api.token set (value hidden); client_secret set (value hidden); smtp.password changed (value"
                + " hidden)", changes);
        assertFalse(changes.contains("hunter2") || changes.contains("horse") || changes.contains("t0k3n"));
        assertTrue(RuntimeEvents.secret("Database.PASSWORD"));
        assertTrue(RuntimeEvents.secret("signing.key"));
        assertFalse(RuntimeEvents.secret("title.zh"));
    }

    @Test
    void aRewriteWithTheSameValuesIsNoChange() {
        assertEquals("", RuntimeEvents.changes(Map.of("a", "1"), Map.of("a", "1")));
    }
}
