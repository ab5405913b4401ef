package org.onestop.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.module.Refusal;
import org.osgi.framework.Version;

class JarCheckTest {

    @TempDir
    Path folder;

    private static final Map<String, List<Version>> RUNNING = Map.of(
            "org.onestop.api.module", List.of(Version.parseVersion("1.3.0")),
            "jakarta.ws.rs", List.of(Version.parseVersion("3.1.0")));

    @Test
    void aModuleWhoseImportsTheGatewayExportsPasses() throws Exception {
        Path jar = TestJars.bundle(folder.resolve("m.jar"), "org.example.reports;singleton:=true", "1.2.0",
                Map.of("Bundle-Name", "Reports", "Import-Package", "jakarta.ws.rs;version=\"[3.1,4)\","
                        + "org.onestop.api.module;version=\"[1.3,2)\",java.util,org.example.reports.api,"
                        + "org.example.extra;resolution:=optional",
                        "Export-Package", "org.example.reports.api;version=\"1.0.0\""));

        JarCheck.Candidate candidate = JarCheck.read(jar);

        assertEquals("org.example.reports", candidate.symbolicName());
        assertEquals(Version.parseVersion("1.2.0"), candidate.version());
        assertEquals("Reports", candidate.name());
        assertEquals(List.of(), JarCheck.unresolved(candidate, RUNNING));
    }

    @Test
    void importsOutsideTheRangeOrMissingAreNamed() throws Exception {
        Path jar = TestJars.bundle(folder.resolve("m.jar"), "org.example.reports", "1.0.0", Map.of(
                "Import-Package", "org.onestop.api.module;version=\"[1.4,2)\",org.example.nowhere,"
                        + "jakarta.ws.rs;version=\"[3.0,4)\""));

        List<JarCheck.Import> missing = JarCheck.unresolved(JarCheck.read(jar), RUNNING);

        assertEquals(List.of("org.onestop.api.module [1.4.0,2.0.0)", "org.example.nowhere 0.0.0"),
                missing.stream().map(JarCheck.Import::toString).toList());
    }

    @Test
    void aFileThatIsNoBundleIsRefusedWithItsReason() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.jar"), "not a zip");
        assertEquals("console.upload.notJar", refusal(text).key());
        assertEquals("console.upload.noManifest", refusal(TestJars.jar(folder.resolve("plain.jar"), null)).key());
        Path brokenManifest = folder.resolve("broken.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(brokenManifest))) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write(("Manifest-Version: 1.0\r\nBundle-SymbolicName: " + "x".repeat(600) + "\r\n").getBytes());
            zip.closeEntry();
        }
        assertEquals("console.upload.badManifest", refusal(brokenManifest).key());
        Path plainManifest = TestJars.bundle(folder.resolve("old.jar"), "org.example.old", "1.0.0",
                Map.of("Bundle-ManifestVersion", "1"));
        assertEquals("console.upload.notBundle", refusal(plainManifest).key());
        Path noName = TestJars.bundle(folder.resolve("noname.jar"), "", "1.0.0", Map.of());
        assertEquals("console.upload.noSymbolicName", refusal(noName).key());
        Path badVersion = TestJars.bundle(folder.resolve("v.jar"), "org.example.v", "1.x", Map.of());
        Refusal refused = refusal(badVersion);
        assertEquals("console.upload.badVersion", refused.key());
        assertEquals(422, refused.status());
        Path badRange = TestJars.bundle(folder.resolve("r.jar"), "org.example.r", "1.0.0",
                Map.of("Import-Package", "a.b;version=\"[2,1)x\""));
        assertEquals("console.upload.badImports", refusal(badRange).key());
    }

    @Test
    void headersKeepQuotedCommasInTheirValues() {
        List<ManifestHeader.Clause> clauses = ManifestHeader.parse(
                "a.b;c.d;version=\"[1.0,2)\";resolution:=optional, e.f;version:Version=\"1.2\"");
        assertEquals(2, clauses.size());
        assertEquals(List.of("a.b", "c.d"), clauses.get(0).names());
        assertEquals("[1.0,2)", clauses.get(0).attributes().get("version"));
        assertEquals("optional", clauses.get(0).directives().get("resolution"));
        assertEquals("1.2", clauses.get(1).attributes().get("version"));
        assertTrue(ManifestHeader.parse(null).isEmpty());
    }

    private static Refusal refusal(Path jar) {
        return assertThrows(Refusal.class, () -> JarCheck.read(jar));
    }

    @Test
    void requiredBundlesNotInstalledInRangeAreNamed() throws Exception {
        Path jar = TestJars.bundle(folder.resolve("m.jar"), "org.example.reports", "1.0.0", Map.of(
                "Require-Bundle", "org.onestop.platform;bundle-version=\"[1.0,2)\",org.example.gone,"
                        + "org.onestop.derby;bundle-version=\"[11,12)\",org.example.maybe;resolution:=optional"));
        Map<String, List<Version>> installed = Map.of(
                "org.onestop.platform", List.of(Version.parseVersion("1.4.0")),
                "org.onestop.derby", List.of(Version.parseVersion("10.17.1")));

        List<JarCheck.Import> missing = JarCheck.missingBundles(JarCheck.read(jar), installed);

        assertEquals(List.of("org.example.gone 0.0.0", "org.onestop.derby [11.0.0,12.0.0)"),
                missing.stream().map(JarCheck.Import::toString).toList());
    }

    @Test
    void capabilitiesNoRunningBundleOffersAreNamedOptionalAndActiveOnesAreNot() throws Exception {
        Path jar = TestJars.bundle(folder.resolve("m.jar"), "org.example.reports", "1.0.0", Map.of(
                "Require-Capability", "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=17))\","
                        + "osgi.extender;filter:=\"(&(osgi.extender=osgi.component)(version>=1.5.0)(!(version>=2.0.0)))\","
                        + "osgi.extender;filter:=\"(osgi.extender=osgi.cdi)\","
                        + "osgi.service;filter:=\"(objectClass=org.example.Mailer)\";effective:=active,"
                        + "osgi.service;filter:=\"(objectClass=org.example.Clock)\","
                        + "osgi.extender;filter:=\"(osgi.extender=osgi.serviceloader.processor)\";resolution:=optional,"
                        + "org.example.other;filter:=\"(x=1)\""));
        Map<String, List<Map<String, Object>>> offered = Map.of(
                "osgi.ee", List.of(Map.of("osgi.ee", "JavaSE", "version", List.of(Version.parseVersion("11"),
                        Version.parseVersion("17")))),
                "osgi.extender", List.of(Map.of("osgi.extender", "osgi.component",
                        "version", Version.parseVersion("1.5.0"))));

        List<JarCheck.Need> unmet = JarCheck.unmet(JarCheck.read(jar), offered);

        assertEquals(List.of("osgi.extender (osgi.extender=osgi.cdi)", "osgi.service (objectClass=org.example.Clock)"),
                unmet.stream().map(JarCheck.Need::toString).toList());
        Path java21 = TestJars.bundle(folder.resolve("j.jar"), "org.example.new", "1.0.0", Map.of(
                "Require-Capability", "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=21))\""));
        assertEquals(1, JarCheck.unmet(JarCheck.read(java21), offered).size(), "Java 21 is not running");
    }

    @Test
    void aRequirementThatDoesNotParseIsRefused() throws Exception {
        Path jar = TestJars.bundle(folder.resolve("m.jar"), "org.example.reports", "1.0.0", Map.of(
                "Require-Capability", "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)\""));

        Refusal refusal = assertThrows(Refusal.class, () -> JarCheck.read(jar));

        assertEquals("console.upload.badRequirements", refusal.key());
    }
}
