package org.onestop.api.audit;

import java.util.Optional;

import org.onestop.api.i18n.Language;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's words for the audit entries it records, for the operators' audit page and the histories read through
 * {@link AuditHistory}: the trail keeps what was recorded (codes, keys, instants in UTC; they are hashed into the chain
 * and never change), a reader sees the module's things by name and its times in the centre's zone. A module registers
 * one as a service with {@value #ACTIONS} naming the first segment of the actions it records ({@code ticketing} for
 * {@code ticketing.ticket.taken}). Without one, or when it has no words for an entry, the page shows the entry's target
 * by its kind's words and its detail as recorded.
 */
@ConsumerType
public interface EntryWords {

    /** The service property naming the first segment of the actions a service words. */
    String ACTIONS = "onestop.audit.actions";

    /** What entry {@code action} was done to ({@code target} as recorded, such as {@code counter:3}), in words. */
    default Optional<String> target(String action, String target, Language language) {
        return Optional.empty();
    }

    /** The detail of entry {@code action} about {@code target} ({@code detail} as recorded), in words. */
    Optional<String> detail(String action, String target, String detail, Language language);
}
