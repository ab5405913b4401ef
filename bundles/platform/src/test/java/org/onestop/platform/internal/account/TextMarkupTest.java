package org.onestop.platform.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The markup of operator-written texts: headings, paragraphs, lists, bold, safe links, and nothing that runs. */
class TextMarkupTest {

    @Test
    void headingsParagraphsListsAndBold() {
        String html = TextMarkup.html("## 一、服务\n本平台提供**专利预审**。\n\n- 第一项\n- 第二项\n\n1. 甲\n2. 乙\n### 小节\n结尾。");
        assertEquals("<h2>一、服务</h2>\n<p>本平台提供<strong>专利预审</strong>。</p>\n<ul>\n<li>第一项</li>\n"
                + "<li>第二项</li>\n</ul>\n<ol>\n<li>甲</li>\n<li>乙</li>\n</ol>\n<h3>小节</h3>\n<p>结尾。</p>\n", html);
    }

    @Test
    void htmlInTheTextIsShownNotRunAndOnlySafeLinksBecomeLinks() {
        String html = TextMarkup.html("<script>alert(1)</script> [联系我们](/info/contact) [x](javascript:alert(1))"
                + " [mail](mailto:service@example.cn)");
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("<a href=\"/info/contact\">联系我们</a>"), html);
        assertFalse(html.contains("href=\"javascript"), html);
        assertTrue(html.contains("<a href=\"mailto:service@example.cn\">mail</a>"), html);
    }
}
