package org.onestop.preexam.internal;

import org.onestop.api.cases.Label;

/**
 * A region the centre serves: an administrative division code (GB/T 2260, six digits) and its name.
 *
 * @param code the division code, e.g. {@code 150200}
 * @param name its name, e.g. 包头市 / Baotou
 */
public record Region(String code, Label name) {
}
