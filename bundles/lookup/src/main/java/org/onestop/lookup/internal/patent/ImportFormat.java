package org.onestop.lookup.internal.patent;

import java.util.Locale;
import java.util.Optional;

/** The file formats a staff import reads: USPTO full-text XML (v4.x) and the CSV layout for Chinese records. */
public enum ImportFormat {
    USPTO_XML, CN_CSV;

    /** The format a staff member names ({@code uspto-xml}, {@code csv}), else the one the file name suggests. */
    public static Optional<ImportFormat> of(String named, String fileName) {
        String n = named == null ? "" : named.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (n) {
            case "uspto-xml", "xml", "uspto" -> {
                return Optional.of(USPTO_XML);
            }
            case "cn-csv", "csv" -> {
                return Optional.of(CN_CSV);
            }
            case "" -> {
                String f = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
                return f.endsWith(".xml") ? Optional.of(USPTO_XML)
                        : f.endsWith(".csv") ? Optional.of(CN_CSV) : Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    public String code() {
        return this == USPTO_XML ? "uspto-xml" : "csv";
    }
}
