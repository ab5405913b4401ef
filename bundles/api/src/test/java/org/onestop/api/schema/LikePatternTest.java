package org.onestop.api.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search words match themselves only, on a real database: {@code %}, {@code _} and {@code \} are not wildcards. */
class LikePatternTest {

    private MemoryDatabase database;

    @BeforeEach
    void fill() throws SQLException {
        database = new MemoryDatabase("CREATE TABLE WORDS (W VARCHAR(40) NOT NULL)",
                "INSERT INTO WORDS VALUES ('100% wool'), ('1000 wool'), ('snake_case'), ('snakeXcase'),"
                        + " ('C:\\temp'), ('C:temp'), ('plain')");
    }

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void theSpecialCharactersAreEscapedByABackslash() {
        assertEquals("100\\% wool", LikePattern.literal("100% wool"));
        assertEquals("snake\\_case", LikePattern.literal("snake_case"));
        assertEquals("C:\\\\temp", LikePattern.literal("C:\\temp"));
        assertEquals("%a\\%b%", LikePattern.containing("a%b"));
        assertEquals("a\\_%", LikePattern.startingWith("a_"));
    }

    @Test
    void aPercentSignMatchesOnlyAPercentSign() throws SQLException {
        assertEquals(List.of("100% wool"), containing("0%"));
    }

    @Test
    void anUnderscoreMatchesOnlyAnUnderscore() throws SQLException {
        assertEquals(List.of("snake_case"), containing("e_c"));
        assertEquals(List.of("snake_case"), startingWith("snake_"));
    }

    @Test
    void theEscapeCharacterMatchesItself() throws SQLException {
        assertEquals(List.of("C:\\temp"), containing(":\\t"));
        assertEquals(List.of("C:\\temp"), containing("\\"), "only one word has a backslash");
        assertEquals(List.of(), containing("\\%"));
    }

    private List<String> containing(String text) throws SQLException {
        return select(LikePattern.containing(text));
    }

    private List<String> startingWith(String text) throws SQLException {
        return select(LikePattern.startingWith(text));
    }

    private List<String> select(String pattern) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT W FROM WORDS WHERE W LIKE ? "
                        + LikePattern.CLAUSE + " ORDER BY W")) {
            s.setString(1, pattern);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }
}
