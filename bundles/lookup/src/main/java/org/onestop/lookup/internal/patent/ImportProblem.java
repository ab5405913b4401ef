package org.onestop.lookup.internal.patent;

import java.util.List;

/**
 * A record that was not imported, and why: the file, the line (CSV) or 0, and a message key of the lookup module
 * with its arguments, to be shown in the language of whoever reads the report.
 *
 * @param file      the file's name as uploaded
 * @param line      the line of a CSV file, or the document's position in an XML file; 0 for the whole file
 * @param key       message key, {@code lookup.import.error.*}
 * @param arguments the message's arguments: texts and numbers, or {@link org.onestop.api.module.Refusal.Term}s
 *                  put into the message in the reader's language
 */
public record ImportProblem(String file, int line, String key, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem of(String file, int line, String key, Object... arguments) {
        return new ImportProblem(file, line, key, List.of(arguments));
    }
}
