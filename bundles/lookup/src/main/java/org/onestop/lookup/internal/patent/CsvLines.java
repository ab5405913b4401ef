package org.onestop.lookup.internal.patent;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it: fields separated by commas, a field in double quotes may hold commas, line
 * breaks and doubled quotes. Each call to {@link #next} gives one record's fields and the line it started on.
 */
final class CsvLines {

    /** One record: the line it starts on (from 1), its fields, and whether its quotes were left open. */
    record Row(int line, List<String> fields, boolean unterminated) {
    }

    private final Reader in;
    private int line = 1;
    private int pushedBack = -2;

    CsvLines(Reader in) {
        this.in = in;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    /** The next record, or null at the end. Blank lines are skipped. */
    Row next() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int start = line;
        boolean quoted = false;
        boolean any = false;
        while (true) {
            int c = read();
            if (c == -1) {
                if (quoted) {
                    fields.add(field.toString());
                    return new Row(start, fields, true);
                }
                if (!any && field.isEmpty() && fields.isEmpty()) {
                    return null;
                }
                fields.add(field.toString());
                return new Row(start, fields, false);
            }
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        pushedBack = d;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> {
                    // the \n that follows ends the line
                }
                case '\n' -> {
                    line++;
                    if (!any && field.isEmpty() && fields.isEmpty()) {
                        start = line;
                        continue;
                    }
                    fields.add(field.toString());
                    return new Row(start, fields, false);
                }
                default -> {
                    field.append((char) c);
                    any = true;
                }
            }
        }
    }
}
