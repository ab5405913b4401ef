package org.onestop.info.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.module.Paging;
import org.onestop.api.module.Refusal;

import jakarta.ws.rs.BadRequestException;

class PagingTest {

    /** Shows the key and arguments, as the portal's catalogue shows an unknown key. */
    private final Messages messages = (language, key, arguments) -> key + java.util.Arrays.toString(arguments);

    @Test
    void defaultsAndValidNumbers() {
        assertEquals(new Paging(1, 20), Paging.parse(null, "", 20, ArticleQuery.MAX_SIZE));
        assertEquals(new Paging(3, 5), Paging.parse(" 3 ", "5", 20, ArticleQuery.MAX_SIZE));
        assertEquals(10, ArticleQuery.of(null, null, new Paging(3, 5)).offset());
    }

    @Test
    void nonsenseIsRefusedNamingTheParameter() {
        Refusal page = assertThrows(Refusal.class, () -> Paging.parse("abc", null, 20, ArticleQuery.MAX_SIZE));
        Refusal size = assertThrows(Refusal.class, () -> Paging.parse("1", "1000", 20, ArticleQuery.MAX_SIZE));
        assertThrows(Refusal.class, () -> Paging.parse("0", null, 20, ArticleQuery.MAX_SIZE));

        assertEquals(400, page.status());
        assertEquals("error.paging.number[error.paging.page[], 1000000]", page.text(messages, Language.EN));
        assertEquals("error.paging.number[error.paging.size[], 100]", size.text(messages, Language.EN));
    }

    @Test
    void kindsAreNewsOrNotice() {
        assertEquals("NOTICE", ArticleKinds.parse("notice", messages, Language.EN));
        assertEquals(null, ArticleKinds.parse(" ", messages, Language.EN));
        assertThrows(BadRequestException.class, () -> ArticleKinds.parse("rumour", messages, Language.EN));
    }
}
