package org.onestop.console.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import jdk.security.jarsigner.JarSigner;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.module.Refusal;

/** Jars signed with keys made by the JDK's keytool, checked against the fingerprints an operator trusts. */
class JarSignatureTest {

    private static final char[] PASSWORD = "keystore-pass".toCharArray();

    @TempDir
    static Path keys;
    @TempDir
    Path folder;

    private static KeyStore store;

    @BeforeAll
    static void makeKeys() throws Exception {
        Path file = keys.resolve("signers.p12");
        for (String alias : new String[] {"centre", "stranger"}) {
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            Process process = new ProcessBuilder(keytool, "-genkeypair", "-keystore", file.toString(),
                    "-storetype", "PKCS12", "-storepass", new String(PASSWORD), "-alias", alias, "-keyalg", "EC",
                    "-groupname", "secp256r1", "-dname", "CN=" + alias + ", O=OneStop test", "-validity", "30")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertEquals(0, process.waitFor(), output);
        }
        store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
    }

    @Test
    void withoutTrustedSignersAnUnsignedJarPasses() throws Exception {
        Path jar = TestJars.bundle(folder.resolve("m.jar"), "org.example.reports", "1.0.0", Map.of());
        assertDoesNotThrow(() -> JarSignature.check(jar, Set.of()));
    }

    @Test
    void aJarSignedByATrustedSignerPasses() throws Exception {
        Path jar = signed("centre");
        String trusted = colons(JarSignature.fingerprint(certificate("centre")));

        assertDoesNotThrow(() -> JarSignature.check(jar, JarSignature.fingerprints(trusted.toUpperCase())));
    }

    @Test
    void unsignedForeignOrChangedJarsAreRefusedWithTheReason() throws Exception {
        Set<String> trusted = JarSignature.fingerprints(JarSignature.fingerprint(certificate("centre")));
        Path unsigned = TestJars.bundle(folder.resolve("plain.jar"), "org.example.reports", "1.0.0", Map.of());
        assertEquals("console.upload.unsigned", refusal(unsigned, trusted).key());

        Path foreign = signed("stranger");
        Refusal untrusted = refusal(foreign, trusted);
        assertEquals("console.upload.untrusted", untrusted.key());
        assertEquals(JarSignature.fingerprint(certificate("stranger")), untrusted.arguments()[0]);

        Path changed = changedAfterSigning(signed("centre"));
        assertEquals("console.upload.badSignature", refusal(changed, trusted).key());
    }

    @Test
    void fingerprintsAreReadWithOrWithoutColonsInAnyCase() {
        assertEquals(Set.of("ab01cd", "ef23"), JarSignature.fingerprints("AB:01:CD, ef23", ""));
        assertTrue(JarSignature.fingerprints((String[]) null).isEmpty());
    }

    private Path signed(String alias) throws Exception {
        Path plain = TestJars.bundle(folder.resolve(alias + "-plain.jar"), "org.example.reports", "1.0.0", Map.of());
        Path signed = folder.resolve(alias + ".jar");
        PrivateKey key = (PrivateKey) store.getKey(alias, PASSWORD);
        CertPath path = CertificateFactory.getInstance("X.509")
                .generateCertPath(Arrays.asList(store.getCertificateChain(alias)));
        try (ZipFile in = new ZipFile(plain.toFile()); OutputStream out = Files.newOutputStream(signed)) {
            new JarSigner.Builder(key, path).build().sign(in, out);
        }
        return signed;
    }

    /** The same jar with one file's bytes changed, its signature files kept. */
    private Path changedAfterSigning(Path jar) throws Exception {
        Path changed = folder.resolve("changed.jar");
        try (ZipFile in = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(changed))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                out.write(entry.getName().equals("readme.txt") ? "a changed module".getBytes() : bytes);
                out.closeEntry();
            }
        }
        return changed;
    }

    private static Certificate certificate(String alias) throws Exception {
        return store.getCertificate(alias);
    }

    private static String colons(String hex) {
        return String.join(":", hex.split("(?<=\\G..)"));
    }

    private static Refusal refusal(Path jar, Set<String> trusted) {
        return assertThrows(Refusal.class, () -> JarSignature.check(jar, trusted));
    }
}
