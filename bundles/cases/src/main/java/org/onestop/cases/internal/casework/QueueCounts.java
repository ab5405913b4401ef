package org.onestop.cases.internal.casework;

/**
 * How many open cases each tab of the workbench holds for one staff member.
 *
 * @param mine       assigned to them
 * @param team       of the case types their roles cover (every type for supervisors)
 * @param unassigned of those, assigned to nobody
 * @param dueSoon    of those, due within one working day
 * @param overdue    of those, past their due date
 */
public record QueueCounts(long mine, long team, long unassigned, long dueSoon, long overdue) {
}
