package org.onestop.platform.internal.audit;

import java.util.List;
import org.onestop.api.module.Paging;

/**
 * One page of the audit trail, newest entries first.
 *
 * @param total how many entries match in all
 * @param page  this page's number, from 1
 * @param size  entries per page
 * @param items this page's entries
 */
public record AuditPage(long total, int page, int size, List<RecordedEntry> items) {

    /** How many pages the whole list takes. */
    public int pages() {
        return new Paging(page, size).pages(total);
    }
}
