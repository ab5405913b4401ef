package org.onestop.platform.internal.audit;

import java.util.Optional;

import org.onestop.api.i18n.Language;

/**
 * The words of the cases' workflows for the audit page, given by the part of the gateway that knows them: the
 * trail records codes ({@code submitted -> review (start-review)}), operators read the statuses and steps.
 */
public interface CaseWords {

    /** The title of the case type {@code module/caseType}, if it is registered now. */
    Optional<String> caseType(String moduleAndType, Language language);

    /** A move of case {@code trackingNumber} from status {@code from} to {@code to} by {@code transition}, in words. */
    Optional<String> move(String trackingNumber, String from, String to, String transition, Language language);
}
