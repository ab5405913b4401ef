package org.onestop.mail.internal;

import java.util.List;

import org.onestop.api.module.Paging;

/**
 * One page of the outbox, newest mail first.
 *
 * @param total  how many messages match in all
 * @param page   this page's number, from 1
 * @param size   messages per page
 * @param status the status asked for, or null for all
 * @param items  this page's messages
 */
public record OutboxPage(long total, int page, int size, String status, List<OutboxMail> items) {

    /** How many pages the whole list takes. */
    public int pages() {
        return new Paging(page, size).pages(total);
    }
}
