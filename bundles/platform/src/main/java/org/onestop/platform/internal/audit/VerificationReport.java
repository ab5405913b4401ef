package org.onestop.platform.internal.audit;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/**
 * The verification of the audit trail as operators receive it, with the problem described in their language.
 *
 * @param intact               whether the trail is intact
 * @param checked              how many entries were found intact
 * @param firstAlteredSequence the first entry that is wrong, or null
 * @param problem              what is wrong there, for people; null when intact
 * @param problemCode          what is wrong there, for programs ({@code ALTERED}, {@code MISSING},
 *                             {@code OUT_OF_ORDER}, {@code HEAD_MISMATCH}, {@code STRAY}, {@code HEAD_MISSING});
 *                             null when intact
 */
public record VerificationReport(boolean intact, long checked, Long firstAlteredSequence, String problem,
        String problemCode) {

    public static VerificationReport of(Verification verification, Messages messages, Language language) {
        if (verification.intact()) {
            return new VerificationReport(true, verification.checked(), null, null, null);
        }
        String code = verification.problem().name();
        String text = messages.text(language, "ops.audit.problem." + code.toLowerCase(java.util.Locale.ROOT),
                verification.sequence(), verification.related());
        return new VerificationReport(false, verification.checked(), verification.sequence(), text, code);
    }
}
