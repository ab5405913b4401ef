package org.onestop.preexam.internal.request;

import java.util.Arrays;
import java.util.Optional;

import org.onestop.api.cases.Label;

/** Why a pre-examination request is rejected, as an examiner picks it from the list (with free text beside). */
public enum RejectionReason {
    OUT_OF_SCOPE("out-of-scope", Label.of("不属于本中心预审服务领域", "Outside the centre's technical fields")),
    INCOMPLETE("incomplete-documents", Label.of("申请文件不齐全或不符合格式要求",
            "Documents incomplete or not in the required form")),
    PCT("pct", Label.of("属于PCT申请", "A PCT application")),
    NOT_PATENTABLE("not-patentable", Label.of("不属于专利保护客体", "Not patentable subject matter")),
    LACKS_NOVELTY("lacks-novelty", Label.of("明显不具备新颖性或创造性", "Clearly lacks novelty or inventive step")),
    UNCLEAR_CLAIMS("unclear-claims", Label.of("权利要求不清楚或得不到说明书支持",
            "Claims unclear or not supported by the description")),
    INSUFFICIENT("insufficient-disclosure", Label.of("说明书公开不充分", "Insufficient disclosure")),
    ABNORMAL("abnormal-filing", Label.of("涉嫌非正常专利申请", "Suspected abnormal filing")),
    DUPLICATE("duplicate", Label.of("重复申请", "Duplicate request")),
    OTHER("other", Label.of("其他（见说明）", "Other (see the explanation)"));

    private final String code;
    private final Label label;

    RejectionReason(String code, Label label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public Label label() {
        return label;
    }

    public static Optional<RejectionReason> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
