/**
 * CSV for modules, on Apache Commons CSV: {@link org.onestop.api.csv.CsvWriter} writes files a spreadsheet opens
 * as they are (UTF-8 with a byte order mark, CRLF, cells quoted where they need it, every cell made safe by
 * {@link org.onestop.api.csv.SafeCell}); {@link org.onestop.api.csv.CsvReader} reads them back, and the files
 * people bring, record by record with the line each starts on. What the writer writes, the reader reads back as it
 * was given: commas, quotes, line breaks, Chinese text and neutralised formulas alike.
 */
@Export
@Version("1.0.0")
package org.onestop.api.csv;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
