package org.onestop.platform.internal.web;

/**
 * A request that failed, before it is shaped into a page or a problem document for the client.
 *
 * @param status  HTTP status
 * @param detail  a message meant for the user, or null
 * @param errorId the id under which the error is logged, for server errors; null otherwise
 */
record Failure(int status, String detail, String errorId) {
}
