package org.onestop.cases.internal.cases;

import org.onestop.api.cases.CaseType;
import org.onestop.api.cases.Workflow;

/** A case type whose workflow passed the checks, with the service that declared it. */
public record RegisteredType(Workflow workflow, CaseType service) {

    public String module() {
        return workflow.module();
    }

    public String caseType() {
        return workflow.caseType();
    }
}
