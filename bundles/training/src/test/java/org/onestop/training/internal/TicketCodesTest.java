package org.onestop.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ticket's signed code: genuine codes read back; forged, altered or foreign ones do not. */
class TicketCodesTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes();

    @TempDir
    Path folder;

    @Test
    void aSignedCodeReadsBackToItsEnrolmentAndSessionAsTypedOrPasted() {
        String code = TicketCodes.sign(KEY, 42, 7);
        assertTrue(code.matches("TK-42-7-[0-9A-F]{32}"), code);
        assertEquals(Optional.of(new TicketCodes.Claim(42, 7)), TicketCodes.read(KEY, code));
        assertEquals(Optional.of(new TicketCodes.Claim(42, 7)), TicketCodes.read(KEY, " " + code.toLowerCase()
                .replace("-7-", "-7- ") + "\n"), "typed in lower case with spaces");
    }

    @Test
    void aForgedOrAlteredCodeIsNotGenuine() {
        String code = TicketCodes.sign(KEY, 42, 7);
        String mac = code.substring(code.lastIndexOf('-') + 1);
        assertEquals(Optional.empty(), TicketCodes.read(KEY, "TK-43-7-" + mac), "another enrolment's number");
        assertEquals(Optional.empty(), TicketCodes.read(KEY, "TK-42-8-" + mac), "another session's number");
        char last = mac.charAt(mac.length() - 1);
        assertEquals(Optional.empty(), TicketCodes.read(KEY, code.substring(0, code.length() - 1)
                + (last == '0' ? '1' : '0')), "one character of the signature changed");
        assertEquals(Optional.empty(), TicketCodes.read(KEY, TicketCodes.sign(OTHER_KEY, 42, 7)),
                "signed with another key");
        assertEquals(Optional.empty(), TicketCodes.read(KEY, "TK-42-7-" + "0".repeat(32)), "made up");
        assertEquals(Optional.empty(), TicketCodes.read(KEY, "TK-42-7"), "no signature");
        assertEquals(Optional.empty(), TicketCodes.read(KEY, ""));
        assertEquals(Optional.empty(), TicketCodes.read(KEY, null));
        assertEquals(Optional.empty(), TicketCodes.read(KEY, code + " ".repeat(TicketCodes.LONGEST)), "too long");
        assertNotEquals(TicketCodes.sign(KEY, 4, 27), TicketCodes.sign(KEY, 42, 7));
    }

    @Test
    void theKeyIsMadeOnceInTheDatabaseAndSharedByEveryNode() throws Exception {
        try (TrainingDesk t = new TrainingDesk(folder, 24, 24)) {
            TicketCodes first = new TicketCodes(t.catalogue, t.clock);
            String code = first.code(5, 3);
            TicketCodes second = new TicketCodes(t.catalogue, t.clock);
            assertEquals(code, second.code(5, 3), "a second node signs alike");
            assertEquals(Optional.of(new TicketCodes.Claim(5, 3)), second.read(code));
            assertEquals(Optional.empty(), second.read(TicketCodes.sign(KEY, 5, 3)), "a key of the code's own");
            try (Connection c = t.db.dataSource().getConnection();
                    PreparedStatement count = c.prepareStatement("SELECT COUNT(*), MIN(SECRET) FROM"
                            + " TRAINING.TICKET_KEY");
                    ResultSet row = count.executeQuery()) {
                row.next();
                assertEquals(1, row.getInt(1));
                assertEquals(32, java.util.Base64.getDecoder().decode(row.getString(2)).length, "256 bits");
            }
        }
    }
}
