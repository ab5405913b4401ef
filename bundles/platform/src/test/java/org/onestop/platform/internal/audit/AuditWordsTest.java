package org.onestop.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.audit.CaseWords;
import org.onestop.api.audit.EntryWords;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.AccountKind;
import org.onestop.platform.internal.db.Transaction;
import org.onestop.platform.internal.identity.AccountStore;
import org.onestop.platform.internal.shell.MessageCatalog;
import org.onestop.testing.TestDatabase;

/**
 * The audit trail in the reader's words, against the platform's real schema in Derby and the real catalogues: who
 * by name and email instead of {@code account:4}, actions and the gateway's own details in Chinese on a Chinese
 * page, what people wrote as written.
 */
class AuditWordsTest {

    private static final Path WEB = Path.of("../../web").toAbsolutePath().normalize();
    private static final Instant T = Instant.parse("2026-11-21T08:30:00Z");

    @TempDir
    Path folder;
    private DataSource database;
    private AuditWords words;
    private long zhang;
    private long wang;

    @BeforeEach
    void database() throws Exception {
        database = TestDatabase.of(folder, "PLATFORM").dataSource();
        zhang = account("zhang.wei@example.cn", "张伟", AccountKind.INNOVATOR);
        wang = account("wang@centre.example", "王审查员", AccountKind.STAFF);
        CaseWords cases = new CaseWords() {
            @Override
            public Optional<String> caseType(String moduleAndType, Language language) {
                return moduleAndType.equals("preexam/request") ? Optional.of("专利预审请求") : Optional.empty();
            }

            @Override
            public Optional<String> move(String tracking, String from, String to, String step, Language language) {
                return Optional.of(from.equals("submitted") ? "待范围审查 → 审查中（确认范围）" : "?");
            }
        };
        words = new AuditWords(database, new MessageCatalog(WEB, id -> Optional.empty()), cases);
    }

    private long account(String email, String name, AccountKind kind) throws Exception {
        return Transaction.run(database, c -> new AccountStore().create(c, new AccountStore.NewAccount(
                email, name, null, kind, "x", true, false, Language.ZH_CN, Set.of()), T));
    }

    private static RecordedEntry entry(String actor, String action, String target, String detail) {
        return new RecordedEntry(1, T, actor, action, target, "127.0.0.1", detail, EntryHash.GENESIS,
                EntryHash.GENESIS);
    }

    @Test
    void aChinesePageNamesPeopleAndSaysWhatHappenedInChinese() throws Exception {
        List<AuditLine> lines = words.lines(List.of(
                entry("account:" + zhang, "login.failed", "email:zhang.wei@example.cn", "consecutive failures: 3"),
                entry("account:" + wang, "case.moved", "case:YS-2026-000001", "submitted -> examination (accept-scope)"),
                entry("account:" + wang, "case.claimed", "case:YS-2026-000001", "account:" + wang),
                entry("account:" + zhang, "case.opened", "case:YS-2026-000001", "preexam/request"),
                entry("runtime", "account.created", "account:1", "staff li@centre.example roles [examiner, supervisor]"),
                entry("account:1", "roles.changed", "account:" + wang, "[examiner] -> []"),
                entry("anonymous", "password.reset.requested", "account:" + zhang, ""),
                entry("account:" + wang, "preexam.entity.suspended", "organisation:99", "多次提交与本单位无关的申请"),
                entry("account:999", "lookup.gi.deleted", "gi:7", "removed by steward")), Language.ZH_CN);

        AuditLine failed = lines.get(0);
        assertEquals("张伟（zhang.wei@example.cn）", failed.actorName(), "not account:" + zhang);
        assertEquals("account:" + zhang, failed.actor(), "the code stays for the filter");
        assertEquals("登录失败", failed.actionLabel());
        assertEquals("邮箱 zhang.wei@example.cn", failed.targetLabel());
        assertEquals("连续失败 3 次", failed.detail());
        assertEquals("待范围审查 → 审查中（确认范围）", lines.get(1).detail(), "a move in the workflow's words");
        assertEquals("案件 YS-2026-000001", lines.get(1).targetLabel());
        assertEquals("王审查员（wang@centre.example）", lines.get(2).detail());
        assertEquals("专利预审请求", lines.get(3).detail());
        assertEquals("受理大厅（系统）", lines.get(4).actorName());
        assertEquals("工作人员 li@centre.example，角色：审查员、主管", lines.get(4).detail());
        assertEquals("审查员 → 无角色", lines.get(5).detail());
        assertEquals("王审查员（wang@centre.example）", lines.get(5).targetLabel());
        assertEquals("匿名访客", lines.get(6).actorName());
        assertEquals("暂停备案主体", lines.get(7).actionLabel());
        assertEquals("多次提交与本单位无关的申请", lines.get(7).detail(), "a reason someone wrote stays as written");
        assertEquals("单位 #99", lines.get(7).targetLabel(), "an organisation that is gone");
        assertEquals("账号 #999", lines.get(8).actorName());
        assertNull(lines.get(8).actionLabel(), "an action without words shows its code");
        assertEquals("removed by steward", lines.get(8).detail());
    }

    @Test
    void anEnglishPageSaysItInEnglish() throws Exception {
        AuditLine line = words.lines(List.of(entry("account:" + zhang, "password.changed", "account:" + zhang,
                "sessions ended: 2")), Language.EN).get(0);
        assertEquals("张伟 (zhang.wei@example.cn)", line.actorName());
        assertEquals("Password changed", line.actionLabel());
        assertEquals("2 sessions ended", line.detail());
    }

    @Test
    void aConsentNamesTheAgreementsVersionsInTheReadersWords() throws Exception {
        List<RecordedEntry> consent = List.of(entry("account:" + zhang, "account.consented", "account:" + zhang,
                "terms 2026-12-01, privacy 2026-12-03"));
        AuditLine zh = words.lines(consent, Language.ZH_CN).get(0);
        assertEquals("同意用户协议和隐私政策", zh.actionLabel());
        assertEquals("用户协议 2026-12-01 版，隐私政策 2026-12-03 版", zh.detail());
        assertEquals("the user agreement of 2026-12-01, the privacy notice of 2026-12-03",
                words.lines(consent, Language.EN).get(0).detail());
    }

    @Test
    void aModuleWordsItsOwnEntriesAndAModuleThatFailsLeavesThemAsRecorded() throws Exception {
        words.addModuleWords(new EntryWords() {
            @Override
            public Optional<String> target(String action, String target, Language language) {
                return Optional.of("窗口 " + target.substring(8));
            }

            @Override
            public Optional<String> detail(String action, String target, String detail, Language language) {
                return detail.equals("broken") ? Optional.of(detail.substring(99)) : Optional.of("号码 A001");
            }
        }, Map.of(EntryWords.ACTIONS, "hall"));
        List<AuditLine> lines = words.lines(List.of(entry("account:" + zhang, "hall.called", "counter:3", "A001 @3"),
                entry("account:" + zhang, "hall.called", "counter:3", "broken"),
                entry("account:" + zhang, "halls.called", "counter:3", "A001 @3")), Language.ZH_CN);
        assertEquals("窗口 3", lines.get(0).targetLabel());
        assertEquals("号码 A001", lines.get(0).detail());
        assertEquals("broken", lines.get(1).detail(), "words that fail: the detail as recorded");
        assertEquals("3 号窗口", lines.get(2).targetLabel(), "another module's entry: its kind in the shell's words");
        assertEquals("A001 @3", lines.get(2).detail());
    }

    @Test
    void refusalsReadAsWhatTheVisitorWasToldWithoutCodes() throws Exception {
        List<AuditLine> lines = words.lines(List.of(
                entry("anonymous", "access.refused", "route:GET /api/ops/health", "401 error.401.detail"),
                entry("account:" + zhang, "access.refused", "route:POST /ops/accounts", "403 csrf.unknown.key"),
                entry("runtime", "access.refused.suppressed", "client:10.0.0.9",
                        "42 more refusals from 2026-12-03T02:00:00Z to 2026-12-03T02:01:00Z not recorded one by one")),
                Language.ZH_CN);
        assertEquals("访问被拒绝", lines.get(0).actionLabel());
        assertEquals("访问地址 GET /api/ops/health", lines.get(0).targetLabel());
        assertEquals("拒绝原因：此操作需要登录。请登录后重试。", lines.get(0).detail());
        assertEquals("拒绝访问", lines.get(1).detail(), "a reason without words shows no code");
        assertEquals("访问被拒绝（同类记录已合并）", lines.get(2).actionLabel());
        assertEquals("来自 10.0.0.9 的访问", lines.get(2).targetLabel());
        assertEquals("另有 42 次被拒绝的访问未逐条记录", lines.get(2).detail());
    }

    @Test
    void theConsolesActsReadAsStatesAndVersionsWithoutCodesOrFileNames() throws Exception {
        List<RecordedEntry> entries = List.of(
                entry("account:" + wang, "console.bundle.stopped", "bundle:org.example.fees", "version 1.0.0: active -> resolved"),
                entry("account:" + wang, "console.bundle.started", "bundle:org.example.fees", "version 1.0.0: installed -> active"),
                entry("account:" + wang, "console.module.installed", "bundle:org.example.fees", "version 1.0.0, file org.example.fees-1.0.0.jar"),
                entry("account:" + wang, "console.module.updated", "bundle:org.example.fees", "version 1.0.0 -> 1.1.0, file org.example.fees-1.1.0.jar"),
                entry("account:" + wang, "console.module.uninstalled", "bundle:org.example.fees", "version 1.1.0"),
                entry("account:" + wang, "console.module.rolledBack", "bundle:org.example.fees", "version 1.1.0 -> 1.0.0"));
        List<AuditLine> zh = words.lines(entries, Language.ZH_CN);
        assertEquals("在控制台停止组件", zh.get(0).actionLabel());
        assertEquals("模块 org.example.fees", zh.get(0).targetLabel());
        assertEquals("版本 1.0.0：运行中 → 已停止", zh.get(0).detail());
        assertEquals("版本 1.0.0：已安装，未就绪 → 运行中", zh.get(1).detail());
        assertEquals("版本 1.0.0", zh.get(2).detail(), "the file's name in deploy/ is not shown");
        assertEquals("版本 1.0.0 → 1.1.0", zh.get(3).detail());
        assertEquals("版本 1.1.0", zh.get(4).detail());
        assertEquals("版本 1.1.0 → 1.0.0", zh.get(5).detail());
        List<AuditLine> en = words.lines(entries, Language.EN);
        assertEquals("version 1.0.0: Running → Stopped", en.get(0).detail());
        assertEquals("version 1.0.0 → 1.1.0", en.get(3).detail());
    }

    @Test
    void backupsReadAsWhoAskedAndHowMuchWithoutFoldersOrTheSystemsWords() throws Exception {
        List<RecordedEntry> entries = List.of(
                entry("account:" + wang, "console.backup.made", "backup:onestop-20261204T003126Z",
                        "console: 298 files, 16238796 bytes in /srv/backups/onestop-20261204T003126Z"),
                entry("runtime", "console.backup.made", "backup:nightly", "./onestop backup: 12 files, 1048576 bytes"
                        + " in /srv/backups/nightly"),
                entry("account:" + wang, "console.backup.failed", "backup:onestop-20261204T003127Z",
                        "console: No space left on device"));
        List<AuditLine> zh = words.lines(entries, Language.ZH_CN);
        assertEquals("进行了备份", zh.get(0).actionLabel());
        assertEquals("备份 onestop-20261204T003126Z", zh.get(0).targetLabel());
        assertEquals("在控制台：298 个文件，15.5 兆字节", zh.get(0).detail());
        assertEquals("由服务器上的备份命令：12 个文件，1.0 兆字节", zh.get(1).detail());
        assertEquals("在控制台", zh.get(2).detail(), "the system's English reason is for the log");
        assertEquals("From the console: 298 files, 15.5 MB", words.lines(entries, Language.EN).get(0).detail());
    }

    @Test
    void theConsolesEditsOfSettingsReadAsValuesBeforeAndAfterWithDefaultsInWordsAndSecretsHidden() throws Exception {
        List<RecordedEntry> entries = List.of(
                entry("account:" + wang, "console.config.changed", "config:org.onestop.platform.mail",
                        "smtp.port: \"587\" -> \"25\"; smtp.password: ••• -> •••; max.attempts: (default) -> \"3\""),
                entry("account:" + wang, "console.config.changed", "config:org.onestop.portal",
                        "title.zh: \"大厅; 新 -> 旧\" -> (default)"),
                entry("account:" + wang, "console.config.changed", "config:org.onestop.portal", "not as written"));
        List<AuditLine> zh = words.lines(entries, Language.ZH_CN);
        assertEquals("在控制台修改配置", zh.get(0).actionLabel());
        assertEquals("配置 org.onestop.platform.mail", zh.get(0).targetLabel());
        assertEquals("smtp.port：\"587\" → \"25\"；smtp.password：••• → •••；max.attempts：默认值 → \"3\"",
                zh.get(0).detail());
        assertEquals("title.zh：\"大厅; 新 -> 旧\" → 默认值", zh.get(1).detail());
        assertEquals("not as written", zh.get(2).detail());
        List<AuditLine> en = words.lines(entries, Language.EN);
        assertEquals("title.zh: \"大厅; 新 -> 旧\" → default", en.get(1).detail());
    }

    @Test
    void theWatchersChangesOfSettingsSayInWordsWhatIsHiddenOrRemoved() throws Exception {
        List<RecordedEntry> entries = List.of(
                entry("runtime", "config.updated", "config:org.onestop.platform.mail",
                        "sender.name: 大厅 → 新大厅; smtp.password changed (value hidden); smtp.port removed"),
                entry("runtime", "config.updated", "config:org.example", "new: api.token set (value hidden); a=1"));
        List<AuditLine> zh = words.lines(entries, Language.ZH_CN);
        assertEquals("sender.name: 大厅 → 新大厅; smtp.password：已更改（值不显示）; smtp.port：已删除，恢复默认值",
                zh.get(0).detail());
        assertEquals("新建：api.token：已设置（值不显示）; a=1", zh.get(1).detail());
        assertEquals("new: api.token: set (value hidden); a=1", words.lines(entries, Language.EN).get(1).detail());
    }

    @Test
    void aRuntimeEntryNamesTheNodeItHappenedOnInTheReadersWords() throws Exception {
        String node = "3f2b9c1e-8d4a-4b6f-9e21-7c5d0a1b2c3d";
        List<RecordedEntry> entries = List.of(
                entry("runtime", "bundle.installed", "bundle:org.example.fees",
                        "version 1.0.0, location file:/srv/onestop/deploy/fees.jar; node " + node),
                entry("runtime", "config.updated", "config:org.example", "new: api.token set (value hidden); a=1; node "
                        + node),
                entry("runtime", "bundle.updated", "bundle:org.example.fees", "version 1.1.0, location x"),
                entry("runtime", "config.deleted", "config:org.example", "; node " + node));
        List<AuditLine> zh = words.lines(entries, Language.ZH_CN);
        assertEquals("版本 1.0.0，位置 file:/srv/onestop/deploy/fees.jar（节点 " + node + "）", zh.get(0).detail());
        assertEquals("新建：api.token：已设置（值不显示）; a=1（节点 " + node + "）", zh.get(1).detail());
        assertEquals("版本 1.1.0，位置 x", zh.get(2).detail(), "an entry of an older gateway, without its node");
        assertEquals("节点 " + node, zh.get(3).detail());
        assertEquals("version 1.0.0, location file:/srv/onestop/deploy/fees.jar (node " + node + ")",
                words.lines(entries, Language.EN).get(0).detail());
    }
}
