package org.onestop.runtime;

import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/** An operator edits {@code .cfg} files in {@code config/} and the pages follow, without restart. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConfigIT {

    private static final Duration SOON = Duration.ofSeconds(30);

    @Inject
    private BundleContext context;

    private Http http;
    private Path config;
    private Path web;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("config");
    }

    @Before
    public void gatewayAnswers() {
        http = Http.ofRunningGateway(context);
        config = Path.of(context.getProperty(Gateway.WORK), "config");
        web = Path.of(context.getProperty(Gateway.WORK), "web");
    }

    @Test
    public void editingThePortalTitleChangesTheHeader() throws Exception {
        Files.writeString(config.resolve("org.onestop.portal.cfg"),
                "title.zh=鄂尔多斯知识产权服务大厅\ntitle.en=Ordos IP Service Hall\n");

        Await.until("the new Chinese title", SOON, () -> http.get("/").body(),
                body -> body.contains("<title>鄂尔多斯知识产权服务大厅</title>"));
        assertTrue(http.get("/?lang=en").body().contains("<title>Ordos IP Service Hall</title>"));
    }

    @Test
    public void editingTheShellsTextsAndFilesInWebShowsWithoutRebuilding() throws Exception {
        Path catalogue = web.resolve("i18n/messages_zh_CN.properties");
        Files.writeString(catalogue, Files.readString(catalogue).replace("shell.home.services=在线服务",
                "shell.home.services=网上办事"));
        Path icon = Files.createDirectories(web.resolve("static/info")).resolve("icon.svg");
        Files.writeString(icon, "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>operator's icon</title></svg>");
        Path css = web.resolve("static/css/portal.css");
        Files.writeString(css, Files.readString(css).replace("--brand: #0b4f9c;", "--brand: #006400;"));

        Await.until("the new section title", SOON, () -> http.get("/").body(),
                body -> body.contains("网上办事") && !body.contains("在线服务"));
        assertTrue(http.get("/static/info/icon.svg").body().contains("operator's icon"));
        assertTrue(http.get("/static/css/portal.css").body().contains("--brand: #006400;"));
    }

    @Test
    public void editingTheContactPhoneChangesTheContactPage() throws Exception {
        Path cfg = config.resolve("org.onestop.info.cfg");
        String edited = Files.readString(cfg).replaceAll("(?m)^contact\\.phone=.*$", "contact.phone=0471-6668888");
        Files.writeString(cfg, edited);

        Await.until("the new phone in the API", SOON, () -> http.get("/api/info/contact").body(),
                body -> body.contains("\"phone\":\"0471-6668888\""));
        assertTrue(http.get("/info/contact").body().contains("<dd class=\"contact-phone\">0471-6668888</dd>"));
        assertTrue("the rest of the file still applies", http.get("/api/info/contact").body()
                .contains("\"hotline\":\"12330\""));
        assertTrue("the gateway never rewrites the operator's file", Files.readString(cfg).equals(edited));
    }
}
