package org.onestop.platform.internal.identity;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Accounts, sessions, links and limits. Edits take effect for the next request. */
@ObjectClassDefinition(name = "OneStop identity", description = "Accounts, sessions, email links, throttling")
public @interface IdentityConfig {

    String PID = "org.onestop.platform.identity";

    @AttributeDefinition(description = "Address of the hall as users reach it, used in email links, "
            + "e.g. https://hall.example.cn; empty: http://localhost:<port>")
    String public_url() default "";

    @AttributeDefinition(description = "Minutes without a request after which a session ends")
    int session_idle_minutes() default 30;

    @AttributeDefinition(description = "Hours after login after which a session ends, however active")
    int session_lifetime_hours() default 12;

    @AttributeDefinition(description = "Session cookie only over HTTPS: auto (when the request came by HTTPS), "
            + "always, never")
    String cookie_secure() default "auto";

    @AttributeDefinition(description = "Hours an email confirmation link stays valid")
    int confirmation_link_hours() default 48;

    @AttributeDefinition(description = "Minutes a password reset link stays valid")
    int reset_link_minutes() default 30;

    @AttributeDefinition(description = "Hours a new staff member's set-password link stays valid")
    int invitation_link_hours() default 72;

    @AttributeDefinition(description = "Failed logins of an account after which each next attempt waits longer")
    int login_free_attempts() default 5;

    @AttributeDefinition(description = "Registrations one client address may make per hour")
    int registrations_per_hour() default 10;

    @AttributeDefinition(description = "Password reset requests one client address may make per hour")
    int reset_requests_per_hour() default 5;

    @AttributeDefinition(description = "Addresses of reverse proxies whose X-Forwarded-For and "
            + "X-Forwarded-Proto are believed, comma separated")
    String trusted_proxies() default "";

    @AttributeDefinition(description = "Email of the operator account created on first start")
    String bootstrap_operator_email() default "operator@onestop.local";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "One-time password of that account; "
            + "empty: generated and printed once to the console")
    String bootstrap_operator_password() default "";

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new password hashes (at least 310000)")
    int password_iterations() default PasswordHashing.MIN_ITERATIONS;
}
