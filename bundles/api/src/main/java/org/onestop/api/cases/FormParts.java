package org.onestop.api.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code multipart/form-data} body as the platform reads it: a resource method that
 * {@code @Consumes(MediaType.MULTIPART_FORM_DATA)} takes it as its entity parameter. Files larger than the
 * configured per-file limit are refused before the method is called (HTTP 413 with a clear message).
 *
 * @param fields the text fields by name, each with its values in order
 * @param files  the files, in the order sent
 */
public record FormParts(Map<String, List<String>> fields, List<UploadedFile> files) {

    public FormParts {
        fields = Map.copyOf(fields);
        files = List.copyOf(files);
    }

    /** The first value of a text field. */
    public Optional<String> field(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The files sent in the field {@code name}. */
    public List<UploadedFile> files(String name) {
        return files.stream().filter(f -> f.field().equals(name)).toList();
    }
}
