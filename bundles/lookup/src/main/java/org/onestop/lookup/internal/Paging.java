package org.onestop.lookup.internal;

/**
 * Page number and size as a visitor gives them; nonsense is refused.
 *
 * @param page page number, from 1
 * @param size items per page
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;

    public static Paging parse(String page, String size, int defaultSize) {
        return new Paging(number(page, 1, 100_000, "page"), number(size, defaultSize, MAX_SIZE, "size"));
    }

    private static int number(String value, int fallback, int max, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Refusal("lookup.error.integer", new Refusal.Term("lookup.field." + name), 1, max);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
