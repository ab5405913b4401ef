package org.onestop.platform.internal.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error as JSON clients receive it, per RFC 9457 ({@code application/problem+json}).
 *
 * @param type     a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title    short summary, in the request's language
 * @param status   HTTP status
 * @param detail   what went wrong with this request, if known
 * @param instance the request path
 * @param errorId  id of the log entry, for server errors
 * @param errors   for form input: each field at fault and what is wrong with it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(String type, String title, int status, String detail, String instance, String errorId,
        java.util.Map<String, String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
