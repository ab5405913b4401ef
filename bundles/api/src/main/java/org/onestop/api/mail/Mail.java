package org.onestop.api.mail;

/**
 * A plain-text message to one recipient.
 *
 * @param to      the recipient's email address
 * @param subject the subject line
 * @param text    the body, plain text
 */
public record Mail(String to, String subject, String text) {
}
