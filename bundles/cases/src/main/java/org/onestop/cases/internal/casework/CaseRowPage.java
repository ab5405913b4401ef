package org.onestop.cases.internal.casework;

import java.util.List;

import org.onestop.api.module.Paging;

/**
 * One page of a workbench queue as lines in the reader's language.
 *
 * @param total how many cases match in all
 * @param page  this page's number, from 1
 * @param size  cases per page
 * @param items this page's lines
 */
public record CaseRowPage(long total, int page, int size, List<CaseRow> items) {

    public CaseRowPage {
        items = List.copyOf(items);
    }

    /** How many pages the whole queue takes. */
    public int pages() {
        return new Paging(page, size).pages(total);
    }
}
