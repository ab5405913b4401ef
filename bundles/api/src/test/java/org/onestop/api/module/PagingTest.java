package org.onestop.api.module;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Paging parameters as a reader types them: defaults, the edges, and nonsense refused naming the parameter. */
class PagingTest {

    @Test
    void blankParametersTakeTheFirstPageAndTheDefaultSize() {
        assertEquals(new Paging(1, 20), Paging.parse(null, "", 20, 100));
        assertEquals(new Paging(3, 5), Paging.parse(" 3 ", "5", 20, 100));
        assertEquals(10, new Paging(3, 5).offset());
        assertEquals(0, new Paging(1, 50).offset());
    }

    @Test
    void pageZeroNegativeOrNotANumberIsRefusedNamingThePage() {
        for (String page : new String[] {"0", "-1", "abc", "1.5", "2147483648"}) {
            Refusal refused = assertThrows(Refusal.class, () -> Paging.parse(page, null, 20, 100), page);
            assertEquals(400, refused.status());
            assertEquals("error.paging.number", refused.key());
            assertArrayEquals(new Object[] {new Refusal.Term("error.paging.page"), Paging.MAX_PAGE},
                    refused.arguments());
        }
        assertEquals(Paging.MAX_PAGE, Paging.parse(String.valueOf(Paging.MAX_PAGE), null, 20, 100).page());
        assertThrows(Refusal.class, () -> Paging.parse(String.valueOf(Paging.MAX_PAGE + 1), null, 20, 100));
    }

    @Test
    void aSizeOverTheLimitOrZeroIsRefusedNamingTheSizeAndTheLimit() {
        assertEquals(100, Paging.parse("1", "100", 20, 100).size());
        for (String size : new String[] {"101", "0", "x"}) {
            Refusal refused = assertThrows(Refusal.class, () -> Paging.parse("1", size, 20, 100), size);
            assertArrayEquals(new Object[] {new Refusal.Term("error.paging.size"), 100}, refused.arguments());
        }
    }

    @Test
    void aPageBeyondTheLastIsAskableAndThereIsAlwaysOnePage() {
        Paging beyond = Paging.parse("7", "10", 20, 100);
        assertEquals(60, beyond.offset(), "past the 25 items: the query answers none");
        assertEquals(3, beyond.pages(25));
        assertEquals(1, beyond.pages(0));
        assertEquals(1, beyond.pages(10));
        assertEquals(2, beyond.pages(11));
        assertEquals(200_000_000L, new Paging(Paging.MAX_PAGE, 200).offset() + 200,
                "the last offset does not overflow");
    }
}
