package org.onestop.assistance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.testing.ModuleTexts;
import org.onestop.testing.TestDatabase;

/**
 * The expert pool's audit entries as the operators' page shows them: recorded by the pool on the module's real
 * tables, then worded — the expert by name, each field under the form's label, a right type by its name, the state in
 * the pool in words; what staff wrote (here a name holding "; " and ": ") as written.
 */
class ExpertEntryWordsTest {

    @TempDir
    Path folder;
    private TestDatabase db;
    private final List<AuditEntry> recorded = new ArrayList<>();
    private final Caller staff = new Caller(5, "zhou@onestop.test", "周主任", AccountKind.STAFF,
            Set.of(Role.SUPERVISOR), null, "127.0.0.1");

    @BeforeEach
    void start() throws Exception {
        db = TestDatabase.of(folder, "ASSISTANCE");
    }

    @AfterEach
    void stop() {
        db.close();
    }

    @Test
    void anExpertAddedAndChangedReadsUnderTheFormsLabelsWithTheExpertByName() throws Exception {
        ApplicationStore store = new ApplicationStore(db.dataSource());
        ExpertPool pool = new ExpertPool(store, new AuditTrail() {
            @Override
            public void record(Connection transaction, AuditEntry entry) {
                recorded.add(entry);
            }

            @Override
            public void record(AuditEntry entry) {
                recorded.add(entry);
            }
        });
        Expert added = pool.add(new Expert(null, "李振华", "内蒙古大学; 知识产权学院: 电机组", List.of("patent", "H02K"),
                "0471-4992000", true), staff);
        pool.edit(added.id(), new Expert(null, "李振华", "内蒙古工业大学", List.of("patent", "H02K"), "0471-4992000",
                false), staff);
        ExpertEntryWords words = new ExpertEntryWords(store, pool, ModuleTexts.strict());

        assertEquals(List.of("assistance.expert.added", "assistance.expert.deactivated"),
                recorded.stream().map(AuditEntry::action).toList());
        assertEquals("专家 李振华", words.target(recorded.get(0).action(), recorded.get(0).target(), Language.ZH_CN)
                .orElseThrow());
        assertEquals("姓名：李振华；所在单位：内蒙古大学; 知识产权学院: 电机组；专业领域：专利、H02K；联系方式：0471-4992000；"
                + "在库状态：在库（可指派）", words.detail(recorded.get(0).action(), recorded.get(0).target(),
                        recorded.get(0).detail(), Language.ZH_CN).orElseThrow());
        assertEquals("所在单位：内蒙古大学; 知识产权学院: 电机组 → 内蒙古工业大学；在库状态：在库（可指派） → 已停用",
                words.detail(recorded.get(1).action(), recorded.get(1).target(), recorded.get(1).detail(),
                        Language.ZH_CN).orElseThrow());
        assertEquals("Organisation: 内蒙古大学; 知识产权学院: 电机组 → 内蒙古工业大学; In the pool: Active (may be assigned)"
                + " → Inactive", words.detail(recorded.get(1).action(), recorded.get(1).target(),
                        recorded.get(1).detail(), Language.EN).orElseThrow());
        assertEquals("专家 李振华，无利益冲突", words.detail("assistance.expert.assigned", "case:WQ-2026-000001",
                "expert:" + added.id() + " no conflict declared", Language.ZH_CN).orElseThrow());
        assertEquals("专家 李振华，已声明利益冲突：曾为被申请人提供咨询；主管人员仍予指派的理由：该领域仅此一位专家",
                words.detail("assistance.expert.assigned", "case:WQ-2026-000001", "expert:" + added.id()
                        + " conflict declared: 曾为被申请人提供咨询; overridden: 该领域仅此一位专家", Language.ZH_CN)
                        .orElseThrow());
    }
}
