package org.onestop.platform.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/** Stored times (UTC) as people read them: in the centre's zone, whatever shape the time has in the model. */
class CentreTimeTest {

    private static final Instant T = Instant.parse("2026-03-01T17:30:45Z");
    private static final Messages NO_TEXTS = (language, key, arguments) -> key;

    private final AtomicReference<ZoneId> zone = new AtomicReference<>(ZoneId.of("Asia/Shanghai"));
    private final CentreTime time = new CentreTime(zone::get);

    @Test
    void everyShapeOfAStoredTimeIsShownInTheCentresZone() {
        assertEquals("2026-03-02 01:30", time.when(T));
        assertEquals("2026-03-02 01:30:45", time.whenExactly(T));
        assertEquals("2026-03-02", time.day(T));
        assertEquals("2026-03-01T17:30:45Z", time.iso(T));
        assertEquals("2026-03-02 01:30", time.when(OffsetDateTime.parse("2026-03-01T18:30:45+01:00")));
        assertEquals("2026-03-02 01:30", time.when(LocalDateTime.parse("2026-03-01T17:30:45")), "database UTC");
        assertEquals("2026-03-02 01:30", time.when(Date.from(T)));
        assertEquals("2026-03-02 01:30", time.when("2026-03-01T17:30:45Z"));
        assertEquals("2026-03-01", time.day(LocalDate.of(2026, 3, 1)), "a day is already the centre's");
        assertEquals("", time.when(null));
        assertEquals("", time.when(""));
        assertThrows(IllegalArgumentException.class, () -> time.when(42));
    }

    @Test
    void theZoneFollowsTheConfigurationAndIsNamedInTheReadersLanguage() {
        Messages named = (language, key, arguments) -> key.equals("shell.zone.Asia/Shanghai")
                ? (language == Language.EN ? "Beijing time" : "北京时间") : key;
        assertEquals("北京时间", time.label(Language.ZH_CN, named));
        assertEquals("Beijing time", time.label(Language.EN, named));

        zone.set(ZoneId.of("Europe/Berlin"));
        assertEquals("2026-03-01 18:30", time.when(T));
        assertEquals("Central European Time", time.label(Language.EN, NO_TEXTS), "Java's name without a message");
        assertEquals("中欧时间", time.label(Language.ZH_CN, NO_TEXTS));
    }
}
