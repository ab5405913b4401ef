package org.onestop.platform.internal.shell;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.view.View;
import org.osgi.framework.Bundle;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;

/**
 * Renders a view's template with Freemarker (HTML auto-escaped) and places the result inside the shell's layout
 * ({@code web/templates/shell/layout.ftlh}), which is kept for a second for the visitors it may be kept for
 * ({@link LayoutFrames}); an anonymous visitor's body is kept for a second too ({@link RenderedBodies}). Templates in
 * {@code web/} are re-read within a second of an edit.
 * Every template sees, besides its model: {@code lang}, {@code path}, {@code csrf}, {@code t(key, args…)}, and for
 * times ({@link CentreTime}) {@code when(instant)} ({@code 2026-03-02 01:30} in the centre's zone),
 * {@code whenExactly(instant)} (to the second), {@code day(instant)}, {@code iso(instant)} (UTC, for
 * {@code <time datetime>}) and {@code zoneLabel} (the zone's name in the page's language, to say once per page).
 */
public final class PageRenderer {

    static final String LAYOUT = "shell/layout.ftlh";
    private static final String SUFFIX = ".ftlh";

    private final Configuration freemarker;
    private final Messages messages;
    private final StaticFiles assets;
    private final CentreTime time;
    private final LayoutFrames frames = new LayoutFrames();
    private final RenderedBodies bodies = new RenderedBodies();

    /**
     * What the shell around a view shows, for one request.
     *
     * @param language    the page language
     * @param path        the request path with its query, for the language switch and the navigation
     * @param portalTitle the portal's title in that language
     * @param tiles       the running modules
     * @param visitor     who is visiting, for the header: {@code signedIn}, {@code name}, {@code staff},
     *                    {@code operator}, {@code innovator}
     * @param csrf        the visitor's CSRF token, for the hidden {@code _csrf} field of forms: asked for only when the
     *                    page writes it (an anonymous visitor's token makes a cookie, which a page without a form
     *                    need not set)
     */
    public record Page(Language language, String path, String portalTitle, List<Tile> tiles,
            Map<String, Object> visitor, Supplier<String> csrf) {

        public Page(Language language, String path, String portalTitle, List<Tile> tiles,
                Map<String, Object> visitor, String csrf) {
            this(language, path, portalTitle, tiles, visitor, () -> csrf);
        }
    }

    /** A renderer showing times in {@link CentreTime#DEFAULT_ZONE}. */
    public PageRenderer(Path web, Function<String, Optional<Bundle>> moduleBundles, Messages messages) {
        this(web, moduleBundles, messages, new CentreTime(() -> CentreTime.DEFAULT_ZONE));
    }

    public PageRenderer(Path web, Function<String, Optional<Bundle>> moduleBundles, Messages messages,
            CentreTime time) {
        this.messages = messages;
        this.assets = new StaticFiles(web.resolve("static"), moduleBundles, false);
        this.time = time;
        this.freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setTemplateLoader(new ShellTemplates(web.resolve("templates"), moduleBundles));
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setLocalizedLookup(false);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setTemplateUpdateDelayMilliseconds(1000);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }

    /**
     * The whole HTML page of a view. A model value that is itself a {@link View} (a module's part of a platform
     * page, such as a case's details) is rendered first with {@link #fragment} and reaches the template as HTML
     * that {@code ${...}} writes unescaped.
     */
    public String render(View view, Page page) throws IOException, TemplateException {
        return new String(renderUtf8(view, page), StandardCharsets.UTF_8);
    }

    /** The whole HTML page of a view as sent, in UTF-8 (see {@link #render}). */
    public byte[] renderUtf8(View view, Page page) throws IOException, TemplateException {
        Map<String, Object> common = common(page);
        OnDemand token = (OnDemand) common.get("csrf");
        Optional<RenderedBodies.Key> bodyKey = RenderedBodies.keyOf(view.template(), page.language(), page.path(),
                page.tiles(), view.model(), page.visitor());
        long generation = bodies.generation();
        Optional<RenderedBodies.Body> kept = bodyKey.flatMap(bodies::find);
        String body;
        String title;
        if (kept.isPresent()) {
            body = kept.get().html();
            title = kept.get().title();
        } else {
            Map<String, Object> model = new HashMap<>(view.model());
            for (Map.Entry<String, Object> value : model.entrySet()) {
                if (value.getValue() instanceof View part) {
                    value.setValue(HTMLOutputFormat.INSTANCE.fromMarkup(fragment(part, page)));
                }
            }
            model.putAll(common);
            Watched bodyCsrf = new Watched(token);
            model.put("csrf", bodyCsrf);
            Template template = freemarker.getTemplate(view.template() + SUFFIX);
            StringWriter written = new StringWriter();
            Environment environment = template.createProcessingEnvironment(model, written);
            environment.process();
            body = written.toString();
            title = titleOf(environment);
            if (bodyKey.isPresent() && bodyCsrf.written == null) {
                bodies.keep(bodyKey.get(), body, title, generation);
            }
        }
        LayoutFrames.Key key = new LayoutFrames.Key(page.language(), page.path(), title, page.portalTitle(),
                page.tiles(), page.visitor());
        Optional<byte[]> framed = frames.around(key, body, token::getAsString);
        if (framed.isPresent()) {
            return framed.get();
        }
        Map<String, Object> layout = new HashMap<>(common);
        Watched csrf = new Watched(token);
        layout.put("csrf", csrf);
        layout.put("body", frames.marker());
        layout.put("title", title);
        StringWriter html = new StringWriter();
        freemarker.getTemplate(LAYOUT).process(layout, html);
        return frames.keep(key, html.toString(), body, csrf.written);
    }

    /**
     * Lets go of the anonymous visitors' kept bodies (a module's classes were discarded: its new version shows at
     * once, and its old models are not held); a body rendered while this happened is not kept.
     */
    public void forgetBodies() {
        bodies.forget();
    }

    /**
     * A view's template rendered alone, without the layout, with the same extras as a page ({@code t}, {@code lang},
     * {@code csrf}, {@code when}, …): HTML to place inside another page. A title the template assigns is ignored.
     */
    public String fragment(View view, Page page) throws IOException, TemplateException {
        Map<String, Object> model = new HashMap<>(view.model());
        model.putAll(common(page));
        StringWriter html = new StringWriter();
        freemarker.getTemplate(view.template() + SUFFIX).process(model, html);
        return html.toString();
    }

    private Map<String, Object> common(Page page) {
        Language language = page.language();
        Map<String, Object> common = new HashMap<>();
        common.put("lang", language.tag());
        common.put("otherLang", (language == Language.ZH_CN ? Language.EN : Language.ZH_CN).tag());
        common.put("path", page.path());
        common.put("portalTitle", page.portalTitle());
        common.put("modules", page.tiles());
        common.put("asset", (TemplateMethodModelEx) arguments -> asset(arguments));
        common.put("visitor", page.visitor());
        common.put("csrf", new OnDemand(page.csrf()));
        common.put("year", Year.now().getValue());
        common.put("t", (TemplateMethodModelEx) arguments -> translate(language, arguments));
        common.put("when", (TemplateMethodModelEx) arguments -> time.when(only(arguments, "when")));
        common.put("whenExactly", (TemplateMethodModelEx) arguments -> time.whenExactly(only(arguments,
                "whenExactly")));
        common.put("day", (TemplateMethodModelEx) arguments -> time.day(only(arguments, "day")));
        common.put("iso", (TemplateMethodModelEx) arguments -> time.iso(only(arguments, "iso")));
        common.put("zoneLabel", time.label(language, messages));
        return common;
    }

    /** The one argument of a time function, unwrapped: {@code when(case.openedAt)}. */
    private static Object only(List<?> arguments, String function) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException(function + "(time) takes one argument");
        }
        return arguments.get(0) == null ? null : DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
    }

    private String translate(Language language, List<?> arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("t(key, arguments...) needs a key");
        }
        Object[] rest = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            rest[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
        }
        return messages.text(language, String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0))), rest);
    }

    /** {@code asset("lookup/js/x.js")}: the versioned address of a static file, cached by browsers for good. */
    private String asset(List<?> arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException("asset(path) needs the path of a static file");
        }
        return assets.url(String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0))));
    }

    /** A text of the visitor's own, noting what of it a template wrote (null: nothing). */
    private static final class Watched implements TemplateScalarModel {
        private final OnDemand text;
        private String written;

        Watched(OnDemand text) {
            this.text = text;
        }

        @Override
        public String getAsString() {
            written = text.getAsString();
            return written;
        }
    }

    /** A text worked out the first time a template writes it, once per page. */
    private static final class OnDemand implements TemplateScalarModel {
        private final Supplier<String> source;
        private String value;

        OnDemand(Supplier<String> source) {
            this.source = source;
        }

        @Override
        public String getAsString() {
            if (value == null) {
                value = source.get();
            }
            return value;
        }
    }

    private static String titleOf(Environment environment) throws TemplateModelException {
        TemplateModel title = environment.getMainNamespace().get("title");
        return title instanceof TemplateScalarModel scalar ? scalar.getAsString() : null;
    }
}
