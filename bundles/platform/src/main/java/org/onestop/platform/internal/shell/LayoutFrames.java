package org.onestop.platform.internal.shell;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.onestop.api.i18n.Language;

/**
 * The shell's layout around a page's body, kept for a second once rendered: the header, navigation and footer are the
 * same for every page a visitor of one kind sees at one address, and rendering them took about two thirds of a page's
 * rendering. A frame is found only for the same language, address, title, portal title, modules and visitor (as the
 * header shows it); a frame in which the layout wrote the visitor's CSRF token (a signed-in visitor's sign-out form)
 * is found only for a request whose visitor has that very token, so it never reaches another session. Edits to the
 * layout, the texts or the static files show within the second, as the templates' and catalogues' own re-reading does.
 */
final class LayoutFrames {

    /** How long a frame is used after it was rendered. */
    static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** The most frames kept; past it they are all let go (addresses with arbitrary queries must not fill memory). */
    static final int MOST = 512;

    /**
     * What a frame depends on besides the layout, the texts and the static files' versions. The tiles are the same
     * when they are the same list (the portal keeps its list while the modules and their texts stay as they are):
     * comparing every tile's texts on every page would cost a good part of what the frame saves.
     */
    record Key(Language language, String path, String title, String portalTitle, List<Tile> tiles,
            Map<String, Object> visitor) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && tiles == key.tiles && language == key.language
                    && Objects.equals(path, key.path) && Objects.equals(title, key.title)
                    && Objects.equals(portalTitle, key.portalTitle) && visitor.equals(key.visitor);
        }

        @Override
        public int hashCode() {
            return Objects.hash(language, path, title, portalTitle, System.identityHashCode(tiles), visitor);
        }
    }

    /**
     * A frame, the visitor's token it holds (null: none), and the last page made with it: a body kept for anonymous
     * visitors ({@link RenderedBodies}) is the same text for the second, and so is the page, encoded once.
     */
    private record Frame(String before, String after, String token, long madeAt, AtomicReference<Joined> last) {
    }

    /** A page as sent (UTF-8), and the body it was made with. */
    private record Joined(String body, byte[] page) {
    }

    private final Map<Key, Frame> frames = new ConcurrentHashMap<>();
    private final LongSupplier nanos;
    /** What the layout is given as the body when it is rendered to be kept: a comment no template writes. */
    private final String marker = "<!--onestop-body-" + UUID.randomUUID() + "-->";

    LayoutFrames() {
        this(System::nanoTime);
    }

    LayoutFrames(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** The body to render the layout with: the place where a page's body goes. */
    String marker() {
        return marker;
    }

    /**
     * The page in UTF-8: {@code body} in the frame of {@code key}, if one was rendered less than a second ago and,
     * when it holds a visitor's token, {@code token} (asked only then) is that one. The same body (the very text) as
     * the frame's last gives the same bytes.
     */
    Optional<byte[]> around(Key key, String body, Supplier<String> token) {
        Frame frame = frames.get(key);
        if (frame == null || nanos.getAsLong() - frame.madeAt() >= FRESH_NANOS
                || frame.token() != null && !frame.token().equals(token.get())) {
            return Optional.empty();
        }
        Joined last = frame.last().get();
        if (last != null && last.body() == body) {
            return Optional.of(last.page());
        }
        byte[] page = utf8(join(frame.before(), body, frame.after()));
        frame.last().set(new Joined(body, page));
        return Optional.of(page);
    }

    /**
     * The page in UTF-8 from the layout rendered around the {@link #marker()}, which is kept as the frame of
     * {@code key} when the marker is there once; {@code token} is the visitor's token the layout wrote (null: none).
     */
    byte[] keep(Key key, String layout, String body, String token) {
        int at = layout.indexOf(marker);
        if (at < 0) {
            return utf8(layout);
        }
        String before = layout.substring(0, at);
        String after = layout.substring(at + marker.length());
        byte[] page = utf8(join(before, body, after.replace(marker, body)));
        if (!after.contains(marker)) {
            if (frames.size() >= MOST) {
                frames.clear();
            }
            frames.put(key, new Frame(before, after, token, nanos.getAsLong(),
                    new AtomicReference<>(new Joined(body, page))));
        }
        return page;
    }

    private static byte[] utf8(String page) {
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static String join(String before, String body, String after) {
        return new StringBuilder(before.length() + body.length() + after.length())
                .append(before).append(body).append(after).toString();
    }
}
