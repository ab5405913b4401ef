package org.onestop.cases.internal.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;

/** Where the upload form of the case pages sends the browser back to. */
class CaseAttachmentPagesTest {

    private static final Caller APPLICANT = new Caller(7, null, "张伟", AccountKind.INNOVATOR, Set.of(), null, "");
    private static final Caller EXAMINER = new Caller(8, null, "李娜", AccountKind.STAFF, Set.of(Role.EXAMINER), null,
            "");

    @Test
    void aLocalPathIsFollowed() {
        assertEquals("/preexam/requests/17?tab=files",
                CaseAttachmentPages.back(Optional.of("/preexam/requests/17?tab=files"), "YS-2026-000001", APPLICANT));
    }

    @Test
    void anythingElseGoesToTheCasePageOfTheCaller() {
        for (String away : new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:x",
                "/a\r\nSet-Cookie: x=y", ""}) {
            assertEquals("/requests/YS-2026-000001",
                    CaseAttachmentPages.back(Optional.of(away), "YS-2026-000001", APPLICANT), away);
        }
        assertEquals("/staff/cases/YS-2026-000001",
                CaseAttachmentPages.back(Optional.empty(), "YS-2026-000001", EXAMINER));
    }
}
