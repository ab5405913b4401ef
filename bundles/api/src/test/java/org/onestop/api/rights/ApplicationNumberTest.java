package org.onestop.api.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationNumberTest {

    /** A real application number; 2·2+0·3+1·4+7·5+1·6+0·7+6·8+0·9+1·2+8·3+6·4+2·5 = 157 ≡ 3 (mod 11). */
    private static final String REAL = "201710601862.3";

    private static ApplicationNumber number(String text) {
        return ApplicationNumber.read(text).orElseThrow(() -> new AssertionError("not read: " + text));
    }

    @Test
    void theRealNumberChecks() {
        ApplicationNumber real = number(REAL);
        assertEquals("201710601862", real.digits());
        assertEquals('3', real.check());
        assertEquals('3', ApplicationNumber.checkDigitOf("201710601862"));
        assertTrue(real.checks());
        assertEquals(2017, real.year());
        assertEquals(1, real.kind());
        assertEquals("0601862", real.serial());
        assertEquals(REAL, real.toString());
    }

    @Test
    void everySingleChangedDigitIsCaught() {
        String digits = REAL.substring(0, 12);
        int caught = 0;
        for (int i = 0; i < 12; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == digits.charAt(i)) {
                    continue;
                }
                String changed = digits.substring(0, i) + d + digits.substring(i + 1);
                ApplicationNumber wrong = new ApplicationNumber(changed, '3');
                assertFalse(wrong.checks(), wrong.toString());
                caught++;
            }
        }
        assertEquals(12 * 9, caught);
    }

    @Test
    void everyWrongCheckCharacterIsCaught() {
        for (char c : "012456789X".toCharArray()) {
            if (c != '3') {
                assertFalse(new ApplicationNumber("201710601862", c).checks(), String.valueOf(c));
            }
        }
    }

    @Test
    void everySwapOfNeighbouringDigitsIsCaught() {
        String digits = REAL.substring(0, 12);
        int swaps = 0;
        for (int i = 0; i < 11; i++) {
            char a = digits.charAt(i);
            char b = digits.charAt(i + 1);
            if (a == b) {
                continue;
            }
            String swapped = digits.substring(0, i) + b + a + digits.substring(i + 2);
            assertFalse(new ApplicationNumber(swapped, '3').checks(), swapped);
            swaps++;
        }
        assertEquals(11, swaps, "all eleven neighbouring pairs of 201710601862 differ");
    }

    @Test
    void swapsAreCaughtWhateverTheDigits() {
        // every pair of different digits, swapped at every position, in numbers that check
        for (int i = 0; i < 11; i++) {
            for (char a = '0'; a <= '9'; a++) {
                for (char b = '0'; b <= '9'; b++) {
                    if (a == b) {
                        continue;
                    }
                    char[] base = "202610000000".toCharArray();
                    base[i] = a;
                    base[i + 1] = b;
                    String good = new String(base);
                    char check = ApplicationNumber.checkDigitOf(good);
                    String swapped = good.substring(0, i) + b + a + good.substring(i + 2);
                    assertFalse(new ApplicationNumber(swapped, check).checks(), good + " → " + swapped);
                }
            }
        }
    }

    @Test
    void remainderTenIsWrittenX() {
        // 2·2+0·3+2·4+6·5+1·6+0·7+1·8+2·9+3·2+4·3+5·4+6·5 = 142 = 12·11 + 10
        assertEquals('X', ApplicationNumber.checkDigitOf("202610123456"));
        assertTrue(number("202610123456.X").checks());
        assertTrue(number("202610123456.x").checks());
        assertFalse(number("202610123456.0").checks());
        assertEquals("202610123456.X", number("202610123456x").toString());
        assertEquals('X', ApplicationNumber.checkDigitOf("202611000002"));
    }

    @Test
    void remainderZeroIsWrittenZero() {
        assertEquals('0', ApplicationNumber.checkDigitOf("202621000001"));
        assertEquals('0', ApplicationNumber.checkDigitOf("000000000000"));
        assertEquals(2, number("202621000001.0").kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026 1 0123456.X", "202610123456.X", "CN202610123456.X", "ZL 202610123456.X",
        "202610123456X", "cn202610123456.x", "zl202610123456x", " 2026 1012 3456 . X ", "２０２６１０１２３４５６．Ｘ",
        "ＣＮ２０２６１０１２３４５６．ｘ", "２０２６１０１２３４５６。Ｘ", "ＺＬ　２０２６　１　０１２３４５６．Ｘ"})
    void readsTheWaysPeopleWriteIt(String text) {
        ApplicationNumber n = number(text);
        assertEquals(new ApplicationNumber("202610123456", 'X'), n);
        assertEquals("202610123456.X", n.toString());
        assertEquals(2026, n.year());
        assertEquals(1, n.kind());
        assertTrue(n.checks());
    }

    @Test
    void readingDoesNotVerifyTheCheckDigit() {
        ApplicationNumber wrong = number("201710601862.4");
        assertEquals("201710601862.4", wrong.toString());
        assertFalse(wrong.checks());
    }

    @Test
    void kindsOfTheOffice() {
        assertEquals(1, number("202610000001.1").kind());
        assertEquals(2, number("202620000001.1").kind());
        assertEquals(3, number("202630000001.1").kind());
        assertEquals(8, number("202680000001.1").kind());
        assertEquals(9, number("202690000001.1").kind());
        assertEquals(2003, number("200310000001.1").year());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"20261012345.6", "2026101234567.8", "20261012345X", "2026101234A6.7", "202610123456.A",
        "202610123456..7", "2026.10123456.7", "202610123456.7.", "202610123456.", "202610123456", ".7",
        "CN", "US202610123456.7", "CNZL202610123456.7", "202610123456.78", "2026-1-0123456.7", "03101234.5",
        "202610123456.7CN", "   "})
    void refusesMalformedNumbers(String text) {
        assertEquals(Optional.empty(), ApplicationNumber.read(text), text);
    }

    @Test
    void checkDigitNeedsTwelveDigits() {
        assertThrows(IllegalArgumentException.class, () -> ApplicationNumber.checkDigitOf("20171060186"));
        assertThrows(IllegalArgumentException.class, () -> ApplicationNumber.checkDigitOf("2017106018623"));
        assertThrows(IllegalArgumentException.class, () -> ApplicationNumber.checkDigitOf("20171060186X"));
        assertThrows(IllegalArgumentException.class, () -> ApplicationNumber.checkDigitOf(null));
    }

    @Test
    void constructorRefusesMalformedParts() {
        assertThrows(IllegalArgumentException.class, () -> new ApplicationNumber("20171060186", '3'));
        assertThrows(IllegalArgumentException.class, () -> new ApplicationNumber("２０１７１０６０１８６２", '3'));
        assertThrows(IllegalArgumentException.class, () -> new ApplicationNumber("201710601862", 'x'));
        assertThrows(IllegalArgumentException.class, () -> new ApplicationNumber("201710601862", '.'));
        assertThrows(IllegalArgumentException.class, () -> new ApplicationNumber(null, '3'));
    }
}
