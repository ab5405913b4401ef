package org.onestop.lookup.internal.patent;

import java.util.List;
import java.util.Map;

import org.onestop.api.module.Paging;

/**
 * One page of patent search results.
 *
 * @param total  how many records match in all
 * @param page   this page's number, from 1
 * @param size   results per page
 * @param items  this page's records
 * @param facets counts by IPC section ({@code section}), publication year ({@code year}) and type ({@code type})
 * @param index  the state of the index that answered
 */
public record PatentHits(long total, int page, int size, List<PatentSummary> items,
        Map<String, List<FacetCount>> facets, IndexStatus index) {

    /** How many pages the whole list takes (at most the pages a visitor may open). */
    public int pages() {
        return Math.min(new Paging(page, size).pages(total), PatentQuery.MAX_WINDOW / size);
    }
}
