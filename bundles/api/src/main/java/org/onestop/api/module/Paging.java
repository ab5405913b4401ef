package org.onestop.api.module;

/**
 * Which page of a list a reader asks for, as {@code page} and {@code size} parameters; nonsense is refused (400)
 * naming the parameter, in the reader's language. Pages count from 1; a page past the last is simply empty.
 *
 * @param page page number, from 1 to {@value #MAX_PAGE}
 * @param size items per page, from 1
 */
public record Paging(int page, int size) {

    /** The highest page number a reader may ask for. */
    public static final int MAX_PAGE = 1_000_000;

    public Paging {
        if (page < 1 || page > MAX_PAGE || size < 1) {
            throw new IllegalArgumentException("No such page: " + page + " of size " + size);
        }
    }

    /**
     * Reads the parameters as a request gives them: blank ones take page 1 and {@code defaultSize}; a page that is
     * not a whole number from 1 to {@value #MAX_PAGE}, or a size not from 1 to {@code maxSize}, is refused.
     */
    public static Paging parse(String page, String size, int defaultSize, int maxSize) {
        return new Paging(number(page, 1, MAX_PAGE, "page"), number(size, defaultSize, maxSize, "size"));
    }

    /** How many items come before this page (the {@code OFFSET} of a query). */
    public long offset() {
        return (long) (page - 1) * size;
    }

    /** How many pages {@code total} items take, at least one. */
    public int pages(long total) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + size - 1) / size));
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
        throw Refusal.badRequest("error.paging.number", new Refusal.Term("error.paging." + name), max);
    }
}
