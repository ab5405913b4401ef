package org.onestop.api.cases;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onestop.api.identity.Caller;

/**
 * The files of a multipart form, field by field: those just uploaded and those kept from an earlier attempt of the
 * same form (stored for the applicant by the {@link Attachments} store and not attached to a case yet; the page names
 * them in hidden fields {@code held.<field>} with {@code heldName.<field>}). A page form that is refused first
 * {@link #hold holds} what it was sent, so that it comes back showing those files as already attached and the
 * applicant chooses again only the ones to replace (a browser cannot fill a file input again). Whether a held file is
 * the applicant's own is checked by the platform when it is attached to a case or a draft.
 */
public final class FormFiles {

    /** A file stored for the applicant, not attached yet. */
    public record Held(long id, String name) {
    }

    private static final String HELD = "held.";
    private static final String NAME = "heldName.";
    private static final int NAME_LENGTH = 255;

    /** A form not sent yet: no files. */
    public static final FormFiles NONE = new FormFiles(new FormParts(Map.of(), List.of()), Map.of(), Map.of());

    private final FormParts parts;
    private final Map<String, List<Held>> held;
    private final Map<String, CaseRefusal> refused;

    private FormFiles(FormParts parts, Map<String, List<Held>> held, Map<String, CaseRefusal> refused) {
        this.parts = parts;
        this.held = held;
        this.refused = refused;
    }

    /** The files of a multipart form: its uploads and the files it names as held. */
    public static FormFiles of(FormParts parts) {
        Map<String, List<Held>> held = new LinkedHashMap<>();
        parts.fields().forEach((name, values) -> {
            if (name.startsWith(HELD)) {
                String field = name.substring(HELD.length());
                List<String> names = parts.fields().getOrDefault(NAME + field, List.of());
                List<Held> files = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    number(values.get(i)).ifPresent(id -> files.add(new Held(id, files.size() < names.size()
                            ? shortened(names.get(files.size())) : "#" + id)));
                }
                if (!files.isEmpty()) {
                    held.put(field, List.copyOf(files));
                }
            }
        });
        return new FormFiles(parts, held, Map.of());
    }

    /** Whether the field has a file, uploaded now or held from before. */
    public boolean has(String field) {
        return !uploads(field).isEmpty() || !held(field).isEmpty();
    }

    /** The non-empty files uploaded now in {@code field}. */
    public List<UploadedFile> uploads(String field) {
        return parts.files(field).stream().filter(f -> f.size() > 0).toList();
    }

    /** The files held for {@code field} from an earlier attempt. */
    public List<Held> held(String field) {
        return held.getOrDefault(field, List.of());
    }

    /** Every field's held files, for the page to show and send again. */
    public Map<String, List<Held>> held() {
        return held;
    }

    /** Why the upload of {@code field} was not kept (e.g. not a PDF), if it was refused by {@link #hold}. */
    public Optional<CaseRefusal> refusal(String field) {
        return Optional.ofNullable(refused.get(field));
    }

    /**
     * Stores what was uploaded now in {@code fields} (each with the kinds of file it accepts) as held files of
     * {@code uploader}: a field's new files replace the ones it held. An upload the store refuses (its kind, its
     * size) is noted for its field and leaves the field's held files as they were.
     */
    public FormFiles hold(Map<String, Set<FileType>> fields, Attachments attachments, Caller uploader)
            throws IOException, SQLException {
        Map<String, List<Held>> kept = new LinkedHashMap<>(held);
        Map<String, CaseRefusal> problems = new LinkedHashMap<>(refused);
        for (Map.Entry<String, Set<FileType>> field : fields.entrySet()) {
            List<UploadedFile> uploads = uploads(field.getKey());
            if (uploads.isEmpty()) {
                continue;
            }
            try {
                List<Held> stored = new ArrayList<>();
                for (UploadedFile upload : uploads) {
                    var attachment = attachments.store(upload, field.getKey(), field.getValue(), uploader);
                    stored.add(new Held(attachment.id(), attachment.fileName()));
                }
                kept.put(field.getKey(), List.copyOf(stored));
            } catch (CaseRefusal refusal) {
                problems.put(field.getKey(), refusal);
            }
        }
        return new FormFiles(new FormParts(parts.fields(), List.of()), kept, problems);
    }

    /**
     * The ids of the files of {@code field}, in order: its uploads stored now as {@code purpose} (refused with 415
     * or 413 by the store when they are not of the {@code accepted} kinds or too large), else the files it held.
     */
    public List<Long> store(String field, Set<FileType> accepted, Attachments attachments, Caller uploader)
            throws IOException, SQLException {
        List<UploadedFile> uploads = uploads(field);
        List<Long> ids = new ArrayList<>();
        if (uploads.isEmpty()) {
            held(field).forEach(h -> ids.add(h.id()));
        }
        for (UploadedFile upload : uploads) {
            ids.add(attachments.store(upload, field, accepted, uploader).id());
        }
        return ids;
    }

    private static Optional<Long> number(String text) {
        try {
            long id = Long.parseLong(text.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String shortened(String name) {
        String clean = name.strip().replaceAll("\\p{Cntrl}", "");
        return clean.length() > NAME_LENGTH ? clean.substring(0, NAME_LENGTH) : clean;
    }
}
