package org.onestop.api.cases;

import org.onestop.api.identity.Caller;

/**
 * A move about to be stored, as {@link CaseType#moving} sees it.
 *
 * @param before     the case before the move
 * @param transition the transition taken
 * @param comment    the comment given, or null
 * @param actor      who takes it (for {@link Party#SYSTEM} moves an anonymous caller with no address)
 */
public record CaseMove(CaseFile before, Transition transition, String comment, Caller actor) {
}
