package org.onestop.cases.internal.attachment;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.onestop.api.cases.FileType;
import org.onestop.api.module.GatewayPaths;

/**
 * The attachment settings in force, read from {@link AttachmentConfig}.
 *
 * @param maxFileBytes the largest file accepted
 * @param maxCaseBytes the largest total of one case's files, and of the files of one request
 * @param accepted     the types accepted by content
 * @param folder       where stored files are kept
 * @param heldFor      how long a file that was never attached nor kept with a draft is kept
 * @param maxHeldBytes the largest total of the files one account holds (stored, not attached to a case yet)
 * @param perHour      how many files one account may upload in an hour
 */
public record AttachmentRules(long maxFileBytes, long maxCaseBytes, Set<FileType> accepted, Path folder,
        Duration heldFor, long maxHeldBytes, int perHour) {

    static final long MB = 1024L * 1024L;

    public AttachmentRules {
        accepted = Set.copyOf(accepted);
    }

    /**
     * The rules of {@code config}; a folder left empty, or one inside the installation's served web folder, is
     * {@code <data>/attachments}.
     */
    public static AttachmentRules of(AttachmentConfig config, GatewayPaths paths) {
        Path folder = config.folder().isBlank() ? paths.data().resolve("attachments")
                : Path.of(config.folder().strip()).toAbsolutePath().normalize();
        if (folder.startsWith(paths.web())) {
            folder = paths.data().resolve("attachments");
        }
        return new AttachmentRules(Math.max(1, config.max_file_mb()) * MB, Math.max(1, config.max_case_mb()) * MB,
                types(config.accepted_types()), folder, Duration.ofDays(Math.max(1, config.held_days())),
                Math.max(1, config.held_max_mb()) * MB, Math.max(1, config.uploads_per_hour()));
    }

    /** The types named in {@code list} ({@code pdf, png, jpeg} or {@code jpg}); all of them when none is known. */
    static Set<FileType> types(String list) {
        Set<FileType> types = EnumSet.noneOf(FileType.class);
        for (String name : list.split("[,;\\s]+")) {
            switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "pdf" -> types.add(FileType.PDF);
                case "png" -> types.add(FileType.PNG);
                case "jpeg", "jpg" -> types.add(FileType.JPEG);
                default -> {
                    // an unknown name is left out
                }
            }
        }
        return types.isEmpty() ? EnumSet.allOf(FileType.class) : types;
    }

    /** The types of {@code wanted} that are also accepted here; all accepted ones when {@code wanted} is empty. */
    Set<FileType> narrowedTo(Set<FileType> wanted) {
        if (wanted == null || wanted.isEmpty()) {
            return accepted;
        }
        Set<FileType> both = EnumSet.copyOf(wanted);
        both.retainAll(accepted);
        return both;
    }

    /** How users read a set of types: {@code PDF, PNG, JPEG}. */
    static String named(Set<FileType> types) {
        return types.stream().sorted().map(FileType::name).collect(Collectors.joining(", "));
    }

    /** A size limit as users read it, in MB. */
    static long megabytes(long bytes) {
        return bytes / MB;
    }
}
