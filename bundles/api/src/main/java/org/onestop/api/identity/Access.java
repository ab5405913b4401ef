package org.onestop.api.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares who may use a page or API route. Put it on a resource class (for all its methods) or on a method
 * (which then overrides the class). A route that declares nothing is refused to everybody, and the gateway logs it.
 *
 * <p>What callers who may not use a route get: an anonymous visitor is sent to the login page (pages) or gets 401
 * (API); a signed-in caller gets 403. Ownership is the module's concern: a record of another innovator answers
 * 404, as if it did not exist.
 *
 * <pre>
 * &#64;Access(Audience.ANYONE)                       public pages
 * &#64;Access(Audience.INNOVATOR)                    an innovator's own requests
 * &#64;Access(value = Audience.STAFF, roles = Role.EXAMINER)
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Access {

    /** The kind of caller admitted. */
    Audience value();

    /** For {@link Audience#STAFF}: the roles of which the caller needs at least one; empty means any staff. */
    Role[] roles() default {};
}
