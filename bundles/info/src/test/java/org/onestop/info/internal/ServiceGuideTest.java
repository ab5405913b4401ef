package org.onestop.info.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.info.internal.ContentSeed.GuideSeed;
import org.onestop.info.internal.ContentSeed.GuideText;
import org.onestop.testing.TestDatabase;

class ServiceGuideTest {

    @TempDir
    Path folder;

    @Test
    void listsServicesInOrderWithTheirDocumentsAndFallsBackToChinese() throws Exception {
        ServiceGuide guide = new ServiceGuide(TestDatabase.of(folder, "INFO").dataSource());
        Map<String, GuideText> preexam = new LinkedHashMap<>();
        preexam.put("zh-CN", new GuideText("专利预审", "快速预审", List.of("已备案的企业"),
                List.of("请求书", "说明书"), "5个工作日", List.of("备案", "提交", "审查"), "免费"));
        preexam.put("en", new GuideText("Patent pre-examination", "Fast pre-examination",
                List.of("Registered organisations"), List.of("Request form", "Description"), "5 working days",
                List.of("Register", "Submit", "Examination"), "Free"));
        Map<String, GuideText> queue = Map.of("zh-CN", new GuideText("取号", "在线取号", List.of("所有人"),
                List.of("无"), "当日有效", List.of("取号"), "免费"));
        guide.add(List.of(new GuideSeed("queue", 2, "ticketing", queue),
                new GuideSeed("preexam", 1, "preexam", preexam)));

        List<GuideEntry> english = guide.all(Language.EN);

        assertEquals(List.of("preexam", "queue"), english.stream().map(GuideEntry::slug).toList());
        assertEquals(List.of("Request form", "Description"), english.get(0).documents());
        assertEquals("en", english.get(0).lang());
        assertEquals("取号", english.get(1).name());
        assertEquals("zh-CN", english.get(1).lang());
        assertEquals(List.of("备案", "提交", "审查"), guide.get("preexam", Language.ZH_CN).orElseThrow().process());
    }
}
