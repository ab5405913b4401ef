package org.onestop.api.audit;

import java.util.Optional;

import org.onestop.api.i18n.Language;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The words of the cases' workflows for the operators' audit page, given as a service by the part of the gateway
 * that knows the workflows: the trail records codes ({@code submitted -> review (start-review)}), operators read the
 * statuses and steps. Without such a service the page shows the codes as recorded.
 */
@ConsumerType
public interface CaseWords {

    /** The title of the case type {@code module/caseType}, if it is registered now. */
    Optional<String> caseType(String moduleAndType, Language language);

    /** A move of case {@code trackingNumber} from status {@code from} to {@code to} by {@code transition}, in words. */
    Optional<String> move(String trackingNumber, String from, String to, String transition, Language language);
}
