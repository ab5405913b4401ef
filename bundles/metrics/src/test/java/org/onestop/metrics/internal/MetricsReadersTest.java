package org.onestop.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;

/** Who reads /metrics: operators always, others only as configured. */
class MetricsReadersTest {

    private static Caller staff(String address, Role... roles) {
        return new Caller(7, "staff@example.cn", "工作人员", AccountKind.STAFF, Set.of(roles), null, address);
    }

    @Test
    void byDefaultOnlyOperatorsRead() {
        MetricsResource.Readers readers = MetricsResource.Readers.of(false, "");

        assertTrue(readers.admit(staff("203.0.113.9", Role.OPERATOR)));
        assertFalse(readers.admit(staff("203.0.113.9", Role.EXAMINER, Role.SUPERVISOR)));
        assertFalse(readers.admit(Caller.anonymous("127.0.0.1")));
        assertFalse(readers.admit(Caller.anonymous("")), "a blank setting allows no blank address");
    }

    @Test
    void allowedAddressesReadWithoutSigningInAsTheCfgFileListsThem() {
        // FileInstall gives a comma separated line as one value; the metatype editor gives one value a line
        MetricsResource.Readers readers = MetricsResource.Readers.of(false, " 192.0.2.1, 127.0.0.1 ,", "10.0.0.5");

        assertTrue(readers.admit(Caller.anonymous("127.0.0.1")));
        assertTrue(readers.admit(Caller.anonymous("192.0.2.1")));
        assertTrue(readers.admit(Caller.anonymous("10.0.0.5")));
        assertFalse(readers.admit(Caller.anonymous("192.0.2.10")));
    }

    @Test
    void publicMeansEveryone() {
        assertTrue(MetricsResource.Readers.of(true).admit(Caller.anonymous("198.51.100.4")));
    }
}
