package org.onestop.preexam.internal.rules;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The technical fields of the centre (or an entity) as IPC symbols, e.g. {@code C12N, C12Q, A01H}: a request's
 * main IPC must lie inside one of them, an entity's fields must overlap them.
 */
public record IpcScope(List<IpcCode> entries) {

    /** Commas, semicolons (half- and full-width), the enumeration comma 、 and line breaks; not spaces. */
    private static final Pattern SEPARATORS = Pattern.compile("[,;，；、\\r\\n]+");

    /** The scope with no entries: it covers and overlaps nothing. */
    public static final IpcScope EMPTY = new IpcScope(List.of());

    public IpcScope {
        entries = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(entries, "entries")));
    }

    /**
     * Reads a list separated by commas, semicolons, 、 or new lines (NOT spaces: "C12N 15" is one entry). Throws
     * IllegalArgumentException (an {@link InvalidEntry}) naming the first entry that is not an IPC symbol. Blank
     * entries are skipped; duplicates dropped.
     */
    public static IpcScope parse(String list) {
        if (list == null) {
            return EMPTY;
        }
        Set<IpcCode> codes = new LinkedHashSet<>();
        for (String entry : SEPARATORS.split(list)) {
            if (entry.isBlank()) {
                continue;
            }
            codes.add(IpcCode.parse(entry).orElseThrow(() -> new InvalidEntry(entry.strip())));
        }
        return new IpcScope(List.copyOf(codes));
    }

    /** Whether {@code code} lies inside one of the entries. */
    public boolean covers(IpcCode code) {
        return entries.stream().anyMatch(code::within);
    }

    /**
     * Whether any of {@code fields} lies inside an entry or contains one (an entity working in C12N overlaps a
     * centre serving C12N 15).
     */
    public boolean overlaps(Collection<IpcCode> fields) {
        return fields.stream().anyMatch(f -> entries.stream().anyMatch(e -> f.within(e) || e.within(f)));
    }

    /** Whether there are no entries. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entries in canonical form, e.g. "C12N, C12Q, A01H". */
    @Override
    public String toString() {
        return entries.stream().map(IpcCode::toString).collect(Collectors.joining(", "));
    }

    /** A list entry that is not an IPC symbol; {@link #entry()} is the entry as written (trimmed). */
    public static final class InvalidEntry extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String entry;

        InvalidEntry(String entry) {
            super("Not an IPC symbol: " + entry);
            this.entry = entry;
        }

        public String entry() {
            return entry;
        }
    }
}
