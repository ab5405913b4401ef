package org.onestop.cases.internal.casework;

import java.util.List;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.module.Paging;

/**
 * One page of a workbench queue, by due date (cases without one last), then by opening.
 *
 * @param total how many cases match in all
 * @param page  this page's number, from 1
 * @param size  cases per page
 * @param items this page's cases
 */
public record QueuePage(long total, int page, int size, List<CaseFile> items) {

    public QueuePage {
        items = List.copyOf(items);
    }

    /** How many pages the whole queue takes. */
    public int pages() {
        return new Paging(page, size).pages(total);
    }
}
