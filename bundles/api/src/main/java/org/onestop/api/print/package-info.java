/**
 * Printing a simple official document (a notice, an opinion) as PDF: a module describes what the document says as
 * {@link org.onestop.api.print.Block}s in a {@link org.onestop.api.print.PrintedDocument}, and the
 * {@link org.onestop.api.print.Printer} service lays them out on A4 pages in an embedded Chinese font. The
 * implementation is the gateway's once; modules carry no PDF library of their own.
 */
@Export
@Version("1.1.0")
package org.onestop.api.print;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
