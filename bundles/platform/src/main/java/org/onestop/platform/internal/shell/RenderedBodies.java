package org.onestop.platform.internal.shell;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.onestop.api.i18n.Language;

/**
 * The bodies of pages shown to anonymous visitors, kept for a second once rendered: a public page asked for again
 * with an equal model (a search answered from the latest searches' results, a news list read from memory) is the
 * same text, and its template was most of the page's time (twenty patent hits with their facets). A body is found
 * only for the same template, language, address, modules, model (by {@code equals}) and visitor (as the shell shows
 * it), and is kept only for an anonymous visitor and only when the template did not write the visitor's CSRF token,
 * so no visitor's own text is ever shown to another. Edits to the templates or texts show within the second, as with
 * the {@link LayoutFrames}; they are all let go when a module's classes are discarded (see {@code Portal}).
 */
final class RenderedBodies {

    /** How long a body is used after it was rendered. */
    static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** The most bodies kept; past it they are all let go (pages with arbitrary queries must not fill memory). */
    static final int MOST = 256;
    /** The longest body kept, in characters. */
    static final int LONGEST = 256 * 1024;

    /**
     * What a body depends on besides the templates and texts; its hash worked out once. The tiles (which a home page
     * lists) are compared as the same list: the portal keeps its list while the modules' tiles stay as they are.
     */
    static final class Key {
        private final String template;
        private final Language language;
        private final String path;
        private final List<Tile> tiles;
        private final Map<String, Object> model;
        private final Map<String, Object> visitor;
        private final int hash;

        private Key(String template, Language language, String path, List<Tile> tiles, Map<String, Object> model,
                Map<String, Object> visitor) {
            this.template = template;
            this.language = language;
            this.path = path;
            this.tiles = tiles;
            this.model = model;
            this.visitor = visitor;
            this.hash = Objects.hash(template, language, path, System.identityHashCode(tiles), model, visitor);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hash == key.hash && language == key.language && tiles == key.tiles
                    && template.equals(key.template) && Objects.equals(path, key.path) && model.equals(key.model)
                    && visitor.equals(key.visitor);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A body and the title its template set (null: none). */
    record Body(String html, String title, long madeAt) {
    }

    private final Map<Key, Body> bodies = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Object lock = new Object();
    private final LongSupplier nanos;

    RenderedBodies() {
        this(System::nanoTime);
    }

    RenderedBodies(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /**
     * The key of a page's body when it may be kept: for an anonymous visitor ({@code signedIn} false) only, and a
     * model whose values can be compared (one whose hash fails, say a collection changed while it is read, is
     * rendered as it is).
     */
    static Optional<Key> keyOf(String template, Language language, String path, List<Tile> tiles,
            Map<String, Object> model, Map<String, Object> visitor) {
        if (!Boolean.FALSE.equals(visitor.get("signedIn"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Key(template, language, path, tiles, model, visitor));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The body of {@code key}, if it was rendered less than a second ago. */
    Optional<Body> find(Key key) {
        Body body = bodies.get(key);
        if (body == null || nanos.getAsLong() - body.madeAt() >= FRESH_NANOS) {
            return Optional.empty();
        }
        return Optional.of(body);
    }

    /** The count of {@link #forget()}s so far: read before a body is rendered, given to {@link #keep}. */
    long generation() {
        return generation.get();
    }

    /**
     * Keeps {@code html} (with the title its template set) as the body of {@code key}, unless it is too long or
     * the bodies were forgotten since {@code generation} was read (it may have been rendered from a model that was
     * to be let go).
     */
    void keep(Key key, String html, String title, long generation) {
        if (html.length() > LONGEST) {
            return;
        }
        synchronized (lock) {
            if (generation != this.generation.get()) {
                return;
            }
            if (bodies.size() >= MOST) {
                bodies.clear();
            }
            bodies.put(key, new Body(html, title, nanos.getAsLong()));
        }
    }

    /** Lets go of every body kept; a body rendered meanwhile is not kept. */
    void forget() {
        synchronized (lock) {
            generation.incrementAndGet();
            bodies.clear();
        }
    }
}
