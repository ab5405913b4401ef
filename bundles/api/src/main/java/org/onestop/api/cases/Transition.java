package org.onestop.api.cases;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.onestop.api.identity.Role;

/**
 * A move a workflow allows.
 *
 * @param code               the transition's code, e.g. {@code request-correction}
 * @param label              the button's text, e.g. "要求补正" / "Request a correction"
 * @param from               the statuses it may be taken from
 * @param to                 the status it leads to
 * @param party              who takes it
 * @param roles              for {@link Party#STAFF}: the roles of which the actor needs one (a supervisor may take
 *                           every staff transition); empty otherwise
 * @param commentRequired    whether the move needs a comment (e.g. the problems to correct, a reason to reject)
 * @param attachmentRequired whether the move needs at least one attached file
 * @param clocks             what the move does to the deadline clocks
 * @param form               where the module's own form for this move is (a path within the gateway, in which
 *                           {@code {trackingNumber}} stands for the case's, or {@code #anchor} of the module's part
 *                           of the case page), for moves that need more than a comment; null when the case pages'
 *                           own comment form will do
 * @param adverse            whether the move goes against the other party or undoes their work (a rejection, a
 *                           withdrawal): its button is set apart as a warning, and the case pages ask once before
 *                           they take it, as they do for every move into a closed status
 */
public record Transition(String code, Label label, Set<String> from, String to, Party party, Set<Role> roles,
        boolean commentRequired, boolean attachmentRequired, List<ClockEffect> clocks, String form,
        boolean adverse) {

    public Transition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(party, "party");
        from = Set.copyOf(from);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        clocks = clocks == null ? List.of() : List.copyOf(clocks);
    }

    /** A move that is not adverse. */
    public Transition(String code, Label label, Set<String> from, String to, Party party, Set<Role> roles,
            boolean commentRequired, boolean attachmentRequired, List<ClockEffect> clocks, String form) {
        this(code, label, from, to, party, roles, commentRequired, attachmentRequired, clocks, form, false);
    }

    /** A move taken with the case pages' own comment form. */
    public Transition(String code, Label label, Set<String> from, String to, Party party, Set<Role> roles,
            boolean commentRequired, boolean attachmentRequired, List<ClockEffect> clocks) {
        this(code, label, from, to, party, roles, commentRequired, attachmentRequired, clocks, null);
    }

    /** The address of the module's form for this move on case {@code trackingNumber}, or null when it has none. */
    public String formFor(String trackingNumber) {
        return form == null ? null : form.replace("{trackingNumber}", trackingNumber);
    }

    /** Starts a transition's description: {@code Transition.named("claim", label).from("submitted").to(...)…}. */
    public static Builder named(String code, Label label) {
        return new Builder(code, label);
    }

    /** Builds a {@link Transition} step by step. */
    public static final class Builder {
        private final String code;
        private final Label label;
        private Set<String> from = Set.of();
        private String to;
        private Party party = Party.STAFF;
        private Set<Role> roles = Set.of();
        private boolean comment;
        private boolean attachment;
        private List<ClockEffect> clocks = List.of();
        private String form;
        private boolean adverse;

        private Builder(String code, Label label) {
            this.code = code;
            this.label = label;
        }

        public Builder from(String... statuses) {
            this.from = Set.of(statuses);
            return this;
        }

        public Builder to(String status) {
            this.to = status;
            return this;
        }

        /** Taken by staff holding one of {@code allowed}. */
        public Builder byStaff(Role... allowed) {
            this.party = Party.STAFF;
            this.roles = Set.of(allowed);
            return this;
        }

        public Builder byApplicant() {
            this.party = Party.APPLICANT;
            this.roles = Set.of();
            return this;
        }

        public Builder bySystem() {
            this.party = Party.SYSTEM;
            this.roles = Set.of();
            return this;
        }

        public Builder commentRequired() {
            this.comment = true;
            return this;
        }

        public Builder attachmentRequired() {
            this.attachment = true;
            return this;
        }

        public Builder clocks(ClockEffect... effects) {
            this.clocks = List.of(effects);
            return this;
        }

        /** Taken with the module's own form at {@code address} (see {@link Transition#form()}). */
        public Builder form(String address) {
            this.form = address;
            return this;
        }

        /** Goes against the other party or undoes their work (see {@link Transition#adverse()}). */
        public Builder adverse() {
            this.adverse = true;
            return this;
        }

        public Transition build() {
            return new Transition(code, label, from, to, party, roles, comment, attachment, clocks, form, adverse);
        }
    }
}
