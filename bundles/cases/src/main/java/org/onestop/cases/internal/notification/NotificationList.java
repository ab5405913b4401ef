package org.onestop.cases.internal.notification;

import java.util.List;

import org.onestop.api.module.Paging;

/**
 * One page of an account's notifications, newest first, with the count of those still unread.
 *
 * @param total  how many the account has in all
 * @param unread how many of them are unread
 * @param page   this page's number, from 1
 * @param size   notifications per page
 * @param items  this page's notifications
 */
public record NotificationList(long total, long unread, int page, int size, List<StoredNotification> items) {

    public NotificationList {
        items = List.copyOf(items);
    }

    /** How many pages the whole list takes. */
    public int pages() {
        return new Paging(page, size).pages(total);
    }
}
