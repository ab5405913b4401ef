package org.onestop.info.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.onestop.api.module.GatewayPaths;
import org.onestop.api.schema.SqlFailures;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * On first start (empty tables), loads the news and the service guide from {@code articles.json} and
 * {@code guide.json} in the distribution's {@code content/info/} folder. Each file goes in whole or not at all;
 * a file with an error is reported in the log and the tables stay empty, to be filled at the next start.
 */
@Component(immediate = true, configurationPid = InfoConfig.PID)
public final class ContentSeed {

    private static final Logger LOG = LoggerFactory.getLogger(ContentSeed.class);

    /** Texts of one news item in one language. */
    public record ArticleText(String title, String summary, List<String> body) {
    }

    /** A news item or notice as the content file gives it; texts by language tag. */
    public record ArticleSeed(String slug, String kind, LocalDate publishedOn, String source,
            Map<String, ArticleText> text) {
    }

    /** Texts of one guide entry in one language. */
    public record GuideText(String name, String summary, List<String> audience, List<String> documents,
            String timeLimit, List<String> process, String fee) {
    }

    /** A guide entry as the content file gives it; texts by language tag. */
    public record GuideSeed(String slug, int position, String module, Map<String, GuideText> text) {
    }

    @Activate
    public ContentSeed(BundleContext context, InfoConfig config, @Reference Newsroom newsroom,
            @Reference ServiceGuide guide) {
        Path folder = config.seed_dir().isBlank()
                ? GatewayPaths.of(context).home().resolve("content").resolve("info")
                : Path.of(config.seed_dir());
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        try {
            if (newsroom.isEmpty()) {
                List<ArticleSeed> articles = List.of(json.readValue(read(folder, "articles.json"),
                        ArticleSeed[].class));
                newsroom.add(articles);
                LOG.info("Loaded {} news items and notices from {}", articles.size(), folder);
            }
            if (guide.isEmpty()) {
                List<GuideSeed> entries = List.of(json.readValue(read(folder, "guide.json"), GuideSeed[].class));
                guide.add(entries);
                LOG.info("Loaded {} service guide entries from {}", entries.size(), folder);
            }
        } catch (SQLException e) {
            if (SqlFailures.duplicateKey(e)) {
                LOG.info("First-start content: another gateway node on the same database loaded it at the same time");
            } else {
                LOG.error("First-start content from {} was not loaded: {}", folder, e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("First-start content from {} was not loaded: {}", folder, e.getMessage());
        }
    }

    private static byte[] read(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IOException("missing file " + file);
        }
        return Files.readAllBytes(file);
    }
}
