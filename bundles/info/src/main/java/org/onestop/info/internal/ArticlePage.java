package org.onestop.info.internal;

import java.util.List;

import org.onestop.api.module.Paging;

/**
 * One page of a list of news and notices.
 *
 * @param total how many match in all
 * @param page  this page's number, from 1
 * @param size  items per page
 * @param items this page's items, newest first
 */
public record ArticlePage(int total, int page, int size, List<ArticleSummary> items) {

    /** How many pages the whole list takes. */
    public int pages() {
        return new Paging(page, size).pages(total);
    }
}
