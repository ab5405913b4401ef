package org.onestop.api.cases;

import java.util.List;
import java.util.Objects;

/**
 * A request to move a case along a transition.
 *
 * @param transition    the transition's code
 * @param comment       the comment (required by some transitions), or null
 * @param attachmentIds files stored before by the actor, attached with the move
 */
public record Move(String transition, String comment, List<Long> attachmentIds) {

    public Move {
        Objects.requireNonNull(transition, "transition");
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }

    public static Move of(String transition, String comment) {
        return new Move(transition, comment, List.of());
    }
}
