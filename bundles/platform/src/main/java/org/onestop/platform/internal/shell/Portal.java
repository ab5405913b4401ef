package org.onestop.platform.internal.shell;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.onestop.api.i18n.CentreZone;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.module.GatewayPaths;
import org.onestop.api.module.ModuleDirectory;
import org.onestop.api.module.RunningModule;
import org.onestop.api.view.View;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import freemarker.template.TemplateException;

/**
 * The portal shell: renders views inside the layout from {@code web/}, and lists the running modules as tiles.
 * The portal title comes from configuration {@value PortalConfig#PID} and follows its edits; pages show times in
 * the centre's zone.
 */
@Component(service = Portal.class, immediate = true, configurationPid = PortalConfig.PID)
@Designate(ocd = PortalConfig.class)
public final class Portal {

    private final ModuleDirectory modules;
    private final Messages messages;
    private final PageRenderer renderer;
    private volatile PortalConfig config;
    private final Map<Language, Tiles> tiles = new ConcurrentHashMap<>();
    private final BundleContext context;
    /**
     * Forgets the kept pages' bodies whenever a bundle's classes are discarded (updated, refreshed or uninstalled): a
     * new version of a module shows at once, and the models of its old one (its classes) are not held.
     */
    private final SynchronousBundleListener swaps;

    /** The tiles of one language as made from the running modules at one moment. */
    private record Tiles(List<RunningModule> running, List<Tile> tiles, long madeAt) {
    }

    private static final long TILES_FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);

    @Activate
    public Portal(BundleContext context, PortalConfig config, @Reference ModuleDirectory modules,
            @Reference Messages messages, @Reference CentreZone zone) {
        this.config = config;
        this.modules = modules;
        this.messages = messages;
        this.renderer = new PageRenderer(GatewayPaths.of(context).web(), new ModuleBundles(context, modules),
                messages, new CentreTime(zone::zone));
        this.context = context;
        this.swaps = event -> {
            if (event.getType() == BundleEvent.UNRESOLVED || event.getType() == BundleEvent.UNINSTALLED) {
                renderer.forgetBodies();
            }
        };
        context.addBundleListener(swaps);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(swaps);
    }

    @Modified
    void modified(PortalConfig changed) {
        this.config = changed;
    }

    /**
     * The whole HTML page of a view as sent (UTF-8) for a request in {@code language} at {@code path}, by
     * {@code visitor} (see {@link PageRenderer.Page}) whose forms send {@code csrf} (asked for only if the page has
     * one).
     */
    public byte[] render(View view, Language language, String path, Map<String, Object> visitor,
            Supplier<String> csrf)
            throws IOException, TemplateException {
        return renderer.renderUtf8(view, new PageRenderer.Page(language, path, title(language), tiles(language),
                visitor, csrf));
    }

    public String title(Language language) {
        return language == Language.EN ? config.title_en() : config.title_zh();
    }

    /**
     * The running modules in tile order, with their texts in {@code language}: made again when the modules change,
     * and at most a second after their texts may have (as the catalogues are re-read); the same list as long as it
     * is the same.
     */
    public List<Tile> tiles(Language language) {
        List<RunningModule> running = modules.running();
        long now = System.nanoTime();
        Tiles made = tiles.get(language);
        if (made == null || made.running() != running || now - made.madeAt() >= TILES_FRESH_NANOS) {
            List<Tile> fresh = running.stream().map(m -> tile(m, language)).toList();
            // the same list while nothing changed: pages kept for these tiles are found by it at once
            made = new Tiles(running, made != null && made.tiles().equals(fresh) ? made.tiles() : fresh, now);
            tiles.put(language, made);
        }
        return made.tiles();
    }

    public Messages messages() {
        return messages;
    }

    private Tile tile(RunningModule module, Language language) {
        String id = module.descriptor().id();
        return new Tile(id, messages.text(language, id + ".module.title"),
                messages.text(language, id + ".module.summary"), "/" + id,
                "/static/" + id + "/" + module.descriptor().icon());
    }
}
