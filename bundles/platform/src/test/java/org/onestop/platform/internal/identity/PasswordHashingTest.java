package org.onestop.platform.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final PasswordHashing hashing = new PasswordHashing(PasswordHashing.MIN_ITERATIONS);

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String hash = hashing.hash("correct horse battery".toCharArray());
        assertTrue(hashing.matches("correct horse battery".toCharArray(), hash));
        assertFalse(hashing.matches("correct horse batterY".toCharArray(), hash));
        assertFalse(hashing.matches("".toCharArray(), hash));
    }

    @Test
    void eachHashHasItsOwnSaltAndRecordsItsIterations() {
        String first = hashing.hash("same password!".toCharArray());
        String second = hashing.hash("same password!".toCharArray());
        assertNotEquals(first, second);
        String[] parts = first.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 310_000);
    }

    @Test
    void noStoredHashOrAGarbledOneMatchesNothing() {
        assertFalse(hashing.matches("anything at all".toCharArray(), null));
        assertFalse(hashing.matches("anything at all".toCharArray(), "plain-text"));
        assertFalse(hashing.matches("anything at all".toCharArray(), "pbkdf2-sha256$310000$%%%$%%%"));
    }

    @Test
    void fewerIterationsThanTheMinimumAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHashing(100_000));
    }

    @Test
    void policyWantsTenCharactersAndNotTheEmail() {
        assertEquals(Optional.of("identity.password.tooShort"), PasswordPolicy.problem("short1234", "a@b.cn"));
        assertEquals(Optional.of("identity.password.isEmail"),
                PasswordPolicy.problem("Zhang.San@Example.cn", "zhang.san@example.cn"));
        assertEquals(Optional.of("identity.password.isEmail"),
                PasswordPolicy.problem("zhang.sanfeng", "zhang.sanfeng@example.cn"));
        assertEquals(Optional.empty(), PasswordPolicy.problem("十个汉字的密码也可以的", "a@b.cn"));
        assertEquals(Optional.of("identity.password.tooLong"), PasswordPolicy.problem("x".repeat(129), "a@b.cn"));
    }
}
