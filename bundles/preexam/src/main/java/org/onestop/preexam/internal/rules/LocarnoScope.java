package org.onestop.preexam.internal.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The designs the centre pre-examines, as Locarno classes ({@code 13}) and subclasses ({@code 09-03}): a design
 * request's classification must lie inside one of them.
 */
public record LocarnoScope(List<LocarnoCode> entries) {

    private static final Pattern SEPARATORS = Pattern.compile("[,;，；、\\s]+");

    public LocarnoScope {
        entries = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(entries, "entries")));
    }

    /**
     * Reads a list separated by commas, semicolons, 、 or spaces; throws IllegalArgumentException naming the first
     * entry that is not a Locarno class or subclass.
     */
    public static LocarnoScope parse(String list) {
        Set<LocarnoCode> codes = new LinkedHashSet<>();
        for (String entry : SEPARATORS.split(list == null ? "" : list.strip())) {
            if (!entry.isBlank()) {
                codes.add(LocarnoCode.parse(entry).orElseThrow(() -> new IllegalArgumentException(
                        "Not a Locarno class or subclass: " + entry)));
            }
        }
        return new LocarnoScope(List.copyOf(codes));
    }

    /** Whether {@code code} lies inside one of the entries. */
    public boolean covers(LocarnoCode code) {
        return entries.stream().anyMatch(code::within);
    }

    /** The entries in canonical form, e.g. "05-06, 13, 15". */
    @Override
    public String toString() {
        return entries.stream().map(LocarnoCode::toString).collect(Collectors.joining(", "));
    }
}
