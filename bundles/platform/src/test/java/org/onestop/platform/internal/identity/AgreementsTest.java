package org.onestop.platform.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;

/** The texts innovators consent to, as the operator keeps them in web/legal/. */
class AgreementsTest {

    @TempDir
    Path folder;

    @Test
    void theShippedTextsHaveOneVersionInBothLanguagesAndNameTheLawAndTheRights() {
        Agreements shipped = new Agreements(Path.of("../../web/legal"));
        for (Agreements.Kind kind : Agreements.Kind.values()) {
            Agreements.Text zh = shipped.text(kind, Language.ZH_CN).orElseThrow();
            Agreements.Text en = shipped.text(kind, Language.EN).orElseThrow();
            assertEquals(zh.version(), en.version(), kind + ": both languages are the same version");
            assertEquals(Optional.of(zh.version()), shipped.version(kind));
            int length = kind.consented() ? 1500 : 600;
            assertTrue(zh.body().length() > length && en.body().length() > length, kind + " is a real text");
        }
        Agreements.Text statement = shipped.text(Agreements.Kind.ACCESSIBILITY, Language.ZH_CN).orElseThrow();
        assertEquals("无障碍声明", statement.title());
        for (String must : new String[] {"GB/T 37668-2019", "长辈版", "键盘", "已知的不足", "12330"}) {
            assertTrue(statement.body().contains(must), "the accessibility statement speaks of " + must);
        }
        Agreements.Text privacy = shipped.text(Agreements.Kind.PRIVACY, Language.ZH_CN).orElseThrow();
        assertEquals("隐私政策", privacy.title());
        for (String must : new String[] {"个人信息保护法", "保存期限", "查阅", "更正", "删除", "撤回同意", "12330"}) {
            assertTrue(privacy.body().contains(must), "the privacy notice speaks of " + must);
        }
    }

    @Test
    void theChineseTextGivesTheVersionAndStandsInForAMissingTranslation() throws Exception {
        Files.writeString(folder.resolve("terms_zh-CN.md"), "title: 用户协议\nversion: 3\neffective: 2027-01-01\n---\n"
                + "## 一、服务\n正文。\n");
        Agreements agreements = new Agreements(folder);

        Agreements.Text shown = agreements.text(Agreements.Kind.TERMS, Language.EN).orElseThrow();
        assertEquals(Language.ZH_CN, shown.language());
        assertEquals("2027-01-01", shown.effective());
        assertEquals("## 一、服务\n正文。", shown.body());
        assertEquals(Optional.of("3"), agreements.version(Agreements.Kind.TERMS));
        assertEquals(Optional.empty(), agreements.version(Agreements.Kind.PRIVACY), "no text, no version");
    }

    @Test
    void anEditedFileIsReadAgainAndOneWithoutVersionIsNoText() throws Exception {
        Path file = folder.resolve("privacy_zh-CN.md");
        Files.writeString(file, "title: 隐私政策\nversion: 1\n---\n旧文本\n");
        Agreements agreements = new Agreements(folder);
        assertEquals(Optional.of("1"), agreements.version(Agreements.Kind.PRIVACY));

        Files.writeString(file, "title: 隐私政策\nversion: 2\n---\n新文本\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertEquals(Optional.of("2"), agreements.version(Agreements.Kind.PRIVACY));

        Files.writeString(file, "title: 隐私政策\n---\n没有版本\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        assertFalse(agreements.text(Agreements.Kind.PRIVACY, Language.ZH_CN).isPresent());
    }
}
