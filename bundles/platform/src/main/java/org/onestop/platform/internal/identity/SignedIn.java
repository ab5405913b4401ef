package org.onestop.platform.internal.identity;

/** A live session and the account it belongs to; {@code sessionId} is the value of the browser's cookie. */
public record SignedIn(String sessionId, Account account) {
}
