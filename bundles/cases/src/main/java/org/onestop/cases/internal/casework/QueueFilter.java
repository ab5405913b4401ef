package org.onestop.cases.internal.casework;

import java.util.regex.Pattern;

import org.onestop.api.module.Paging;
import org.onestop.api.module.Refusal;

/**
 * What a staff member asks of the workbench: which queue, narrowed to a module, a status and a due state, and
 * which page.
 *
 * @param view   the queue
 * @param module a module id, or null for all
 * @param status a status code, or null for all
 * @param due    {@code soon} (due within one working day), {@code overdue}, or null for any
 * @param paging which page
 */
public record QueueFilter(QueueView view, String module, String status, String due, Paging paging) {

    public static final int PAGE_SIZE = 25;
    public static final String SOON = "soon";
    public static final String OVERDUE = "overdue";

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /**
     * A filter from request parameters; blank ones mean "any" (the queue defaults to {@link QueueView#MINE}). One
     * that cannot be read is refused (400) saying which and why.
     */
    public static QueueFilter parse(String view, String module, String status, String due, String page) {
        QueueView queue = blank(view) ? QueueView.MINE : QueueView.of(view.strip())
                .orElseThrow(() -> Refusal.badRequest("casework.error.view", view.strip()));
        String dueState = blank(due) ? null : due.strip();
        if (dueState != null && !SOON.equals(dueState) && !OVERDUE.equals(dueState)) {
            throw Refusal.badRequest("casework.error.due", dueState);
        }
        return new QueueFilter(queue, code(module, "casework.error.module"), code(status, "casework.error.status"),
                dueState, Paging.parse(page, null, PAGE_SIZE, PAGE_SIZE));
    }

    /** The same filter on another queue, from its first page. */
    public QueueFilter on(QueueView other) {
        return new QueueFilter(other, module, status, due, new Paging(1, paging.size()));
    }

    private static String code(String value, String key) {
        if (blank(value)) {
            return null;
        }
        String code = value.strip();
        if (!CODE.matcher(code).matches()) {
            throw Refusal.badRequest(key, code);
        }
        return code;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
