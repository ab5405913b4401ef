package org.onestop.api.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET resource method whose answer is the same for every visitor who is not signed in and asks alike (the
 * same address, query and headers, so the same language): public content such as news or a public search. The
 * gateway may give such a visitor from the same client address the answer it gave less than a second ago instead of
 * calling the method; any change made through the gateway's node lets go of every answer kept, so a visitor never
 * reads anything older than a change made there. Never for an answer that depends on who asks beyond that (an
 * account, a client address, the time of day finer than a second): the gateway gives again only answers with status
 * 200 that set no cookie, and never to a visitor with a session.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicAnswer {
}
