package org.onestop.preexam.internal.entity;

import java.time.Instant;

/**
 * An organisation's standing with the centre and its latest registration.
 *
 * @param organisationId the organisation
 * @param standing       pending, approved, rejected or suspended
 * @param reason         why it was rejected or suspended, or null
 * @param updatedAt      when the standing last changed
 * @param registration   the latest registration
 */
public record EntityRecord(long organisationId, Standing standing, String reason, Instant updatedAt,
        Registration registration) {
}
