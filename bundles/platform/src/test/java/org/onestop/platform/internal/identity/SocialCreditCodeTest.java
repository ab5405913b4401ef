package org.onestop.platform.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SocialCreditCodeTest {

    /** Codes of real, registered organisations, as printed on their business licences. */
    private static final List<String> REAL = List.of("91350100M000100Y43", "914403001922038216",
            "91440300708461136T", "91330100716105852F", "91110000600037341L", "911100001000044477");

    @Test
    void realCodesAreAccepted() {
        for (String code : REAL) {
            assertEquals(Optional.empty(), SocialCreditCode.problem(code), code);
        }
    }

    @Test
    void everyChangedCharacterIsCaught() {
        for (String code : REAL) {
            for (int i = 0; i < 18; i++) {
                for (char c : SocialCreditCode.ALPHABET.toCharArray()) {
                    if (c == code.charAt(i)) {
                        continue;
                    }
                    String corrupted = code.substring(0, i) + c + code.substring(i + 1);
                    assertEquals(Optional.of("check"), SocialCreditCode.problem(corrupted), corrupted);
                }
            }
        }
    }

    @Test
    void swappedNeighboursAreCaught() {
        for (String code : REAL) {
            for (int i = 0; i < 17; i++) {
                if (code.charAt(i) == code.charAt(i + 1)) {
                    continue;
                }
                String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                assertNotEquals(Optional.empty(), SocialCreditCode.problem(swapped), swapped);
            }
        }
    }

    @Test
    void wrongLengthAndLettersOutsideTheAlphabetAreNamed() {
        assertEquals(Optional.of("length"), SocialCreditCode.problem("91350100M000100Y4"));
        assertEquals(Optional.of("length"), SocialCreditCode.problem(""));
        assertEquals(Optional.of("character"), SocialCreditCode.problem("91350100M000100I43"));
        assertEquals(Optional.of("character"), SocialCreditCode.problem("91350100m000100Y43"));
    }

    @Test
    void typedCodesAreNormalisedBeforeTheCheck() {
        String typed = SocialCreditCode.normalise(" 9135 0100-m000 100y43 ");
        assertEquals("91350100M000100Y43", typed);
        assertTrue(SocialCreditCode.problem(typed).isEmpty());
    }
}
