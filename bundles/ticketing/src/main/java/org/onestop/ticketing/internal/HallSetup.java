package org.onestop.ticketing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The hall's setup, kept by supervisors: its services (names in both languages, a letter prefix A–Z no other service
 * has, the typical minutes at the counter, the appointment slots' minutes and capacity, the position in lists,
 * active) and its counters (a number no other has, names, the services it serves, active). Every field is checked
 * first (422 naming each field at fault, nothing stored), each change is one transaction and audited.
 */
@Component(service = HallSetup.class)
public final class HallSetup {

    /** A service as typed; {@code code} only when it is created (it stays). */
    public record ServiceForm(String code, String prefix, String nameZh, String nameEn, Integer typicalMinutes,
            Integer slotMinutes, Integer slotCapacity, Integer position, Boolean active) {
    }

    /** A counter as typed. */
    public record CounterForm(Integer number, String nameZh, String nameEn, List<Long> serviceIds, Boolean active) {
    }

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]");
    private static final int NAME_MAX = 100;

    private final Hall hall;
    private final AuditTrail trail;

    @Activate
    public HallSetup(@Reference Hall hall, @Reference AuditTrail trail) {
        this.hall = hall;
        this.trail = trail;
    }

    /** Adds a service, or changes service {@code id} (404 when there is none). */
    HallService saveService(Long id, ServiceForm form, Caller supervisor) throws SQLException {
        return hall.write(tx -> {
            HallService before = id == null ? null : hall.service(tx, id)
                    .orElseThrow(() -> new Refusal(404, "ticketing.error.service"));
            Map<String, String> errors = new LinkedHashMap<>();
            String code = before != null ? before.code() : trimmed(form.code());
            if (before == null && !CODE.matcher(code).matches()) {
                errors.put("code", "ticketing.hall.error.code");
            } else if (before == null && taken(tx, "SERVICE", "CODE", code, null)) {
                errors.put("code", "ticketing.hall.error.code-taken");
            }
            String prefix = trimmed(form.prefix()).toUpperCase(java.util.Locale.ROOT);
            if (!PREFIX.matcher(prefix).matches()) {
                errors.put("prefix", "ticketing.hall.error.prefix");
            } else if (taken(tx, "SERVICE", "PREFIX", prefix, id)) {
                errors.put("prefix", "ticketing.hall.error.prefix-taken");
            }
            names(form.nameZh(), form.nameEn(), errors);
            between(errors, "typicalMinutes", form.typicalMinutes(), 1, 240);
            between(errors, "slotMinutes", form.slotMinutes(), 5, 240);
            between(errors, "slotCapacity", form.slotCapacity(), 1, 50);
            between(errors, "position", form.position(), 0, 999);
            refuseIf(errors);
            boolean active = form.active() == null || form.active();
            String sql = before == null ? "INSERT INTO TICKETING.SERVICE (PREFIX, NAME_ZH, NAME_EN, TYPICAL_MINUTES,"
                    + " SLOT_MINUTES, SLOT_CAPACITY, POSITION, ACTIVE, CODE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    : "UPDATE TICKETING.SERVICE SET PREFIX = ?, NAME_ZH = ?, NAME_EN = ?, TYPICAL_MINUTES = ?,"
                    + " SLOT_MINUTES = ?, SLOT_CAPACITY = ?, POSITION = ?, ACTIVE = ? WHERE ID = ?";
            long saved;
            try (PreparedStatement save = tx.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                save.setString(1, prefix);
                save.setString(2, form.nameZh().strip());
                save.setString(3, form.nameEn().strip());
                save.setInt(4, form.typicalMinutes());
                save.setInt(5, form.slotMinutes());
                save.setInt(6, form.slotCapacity());
                save.setInt(7, form.position());
                save.setInt(8, active ? 1 : 0);
                if (before == null) {
                    save.setString(9, code);
                } else {
                    save.setLong(9, id);
                }
                save.executeUpdate();
                saved = before == null ? generated(save) : id;
            }
            trail.record(tx, AuditEntry.by(supervisor, before == null ? "ticketing.hall.service-created"
                    : "ticketing.hall.service-changed", "service:" + saved, prefix + " " + form.nameZh().strip()));
            return hall.service(tx, saved).orElseThrow();
        });
    }

    /** Adds a counter, or changes counter {@code id} (404 when there is none). */
    Counter saveCounter(Long id, CounterForm form, Caller supervisor) throws SQLException {
        return hall.write(tx -> {
            Counter before = id == null ? null : hall.counter(tx, id)
                    .orElseThrow(() -> new Refusal(404, "ticketing.counter.none", ""));
            Map<String, String> errors = new LinkedHashMap<>();
            if (between(errors, "number", form.number(), 1, 999)
                    && taken(tx, "COUNTER", "NUMBER", form.number(), id)) {
                errors.put("number", "ticketing.hall.error.number-taken");
            }
            names(form.nameZh(), form.nameEn(), errors);
            Set<Long> services = new LinkedHashSet<>(form.serviceIds() == null ? List.of() : form.serviceIds());
            Set<Long> known = new LinkedHashSet<>();
            for (HallService service : hall.services(tx)) {
                known.add(service.id());
            }
            if (services.isEmpty()) {
                errors.put("serviceIds", "ticketing.hall.error.services");
            } else if (!known.containsAll(services)) {
                errors.put("serviceIds", "ticketing.hall.error.services-unknown");
            }
            boolean active = form.active() == null || form.active();
            if (before != null && !active && before.clerkId() != null) {
                errors.put("active", "ticketing.hall.error.open");
            }
            refuseIf(errors);
            long saved;
            try (PreparedStatement save = tx.prepareStatement(before == null ? "INSERT INTO TICKETING.COUNTER"
                    + " (NUMBER, NAME_ZH, NAME_EN, ACTIVE) VALUES (?, ?, ?, ?)" : "UPDATE TICKETING.COUNTER SET"
                    + " NUMBER = ?, NAME_ZH = ?, NAME_EN = ?, ACTIVE = ? WHERE ID = ?",
                    Statement.RETURN_GENERATED_KEYS)) {
                save.setInt(1, form.number());
                save.setString(2, form.nameZh().strip());
                save.setString(3, form.nameEn().strip());
                save.setInt(4, active ? 1 : 0);
                if (before != null) {
                    save.setLong(5, id);
                }
                save.executeUpdate();
                saved = before == null ? generated(save) : id;
            }
            try (PreparedStatement clear = tx.prepareStatement("DELETE FROM TICKETING.COUNTER_SERVICE"
                    + " WHERE COUNTER_ID = ?")) {
                clear.setLong(1, saved);
                clear.executeUpdate();
            }
            try (PreparedStatement serve = tx.prepareStatement("INSERT INTO TICKETING.COUNTER_SERVICE (COUNTER_ID,"
                    + " SERVICE_ID) VALUES (?, ?)")) {
                for (long service : services) {
                    serve.setLong(1, saved);
                    serve.setLong(2, service);
                    serve.executeUpdate();
                }
            }
            trail.record(tx, AuditEntry.by(supervisor, before == null ? "ticketing.hall.counter-created"
                    : "ticketing.hall.counter-changed", "counter:" + form.number(), form.nameZh().strip()));
            return hall.counter(tx, saved).orElseThrow();
        });
    }

    private static void names(String zh, String en, Map<String, String> errors) {
        if (zh == null || zh.isBlank() || zh.strip().length() > NAME_MAX) {
            errors.put("nameZh", "ticketing.hall.error.name");
        }
        if (en == null || en.isBlank() || en.strip().length() > NAME_MAX) {
            errors.put("nameEn", "ticketing.hall.error.name");
        }
    }

    /** Whether {@code value} is given and within [min, max]; else the field's error is added. */
    private static boolean between(Map<String, String> errors, String field, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            errors.put(field, "ticketing.hall.error." + field);
            return false;
        }
        return true;
    }

    private static void refuseIf(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw Refusal.invalid("ticketing.hall.error.form", errors);
        }
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    /** Whether another row than {@code id} of {@code table} has {@code value} in {@code column}. */
    private static boolean taken(Connection tx, String table, String column, Object value, Long id)
            throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT ID FROM TICKETING." + table + " WHERE "
                + column + " = ?")) {
            select.setObject(1, value);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (id == null || rows.getLong(1) != id) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    private static long generated(PreparedStatement insert) throws SQLException {
        try (ResultSet key = insert.getGeneratedKeys()) {
            key.next();
            return key.getLong(1);
        }
    }
}
