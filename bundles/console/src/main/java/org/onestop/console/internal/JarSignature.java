package org.onestop.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.onestop.api.module.Refusal;

/**
 * Checks that an uploaded jar is signed by one of the signers the operator trusts, named by the SHA-256
 * fingerprints of their certificates (as {@code keytool -list -v} prints them; colons and case do not matter).
 * Every file of the jar must be signed, by the same trusted signer's certificate, and unchanged since: an unsigned
 * file, a file changed after signing or a signer not trusted is refused with the reason. No trusted signers
 * configured: any jar passes.
 */
final class JarSignature {

    /** The files of the signature itself, which are not signed. */
    private static final Pattern SIGNATURE_FILE = Pattern.compile(
            "META-INF/(MANIFEST\\.MF|[^/]+\\.(SF|RSA|DSA|EC)|SIG-[^/]+)", Pattern.CASE_INSENSITIVE);

    private JarSignature() {
    }

    /** The fingerprints as compared: hex digits only, lower case. */
    static Set<String> fingerprints(String... configured) {
        return Arrays.stream(configured == null ? new String[0] : configured)
                .flatMap(value -> Arrays.stream(value.split("[,\\s]+")))
                .map(value -> value.replace(":", "").toLowerCase(Locale.ROOT))
                .filter(value -> !value.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Refused (422) unless {@code trusted} is empty or every file of the jar is signed by a trusted signer. */
    static void check(Path jar, Set<String> trusted) {
        if (trusted.isEmpty()) {
            return;
        }
        Set<String> seen = new TreeSet<>();
        boolean anyFile = false;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || SIGNATURE_FILE.matcher(entry.getName()).matches()) {
                    continue;
                }
                anyFile = true;
                try (InputStream in = file.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    throw refused("console.upload.unsigned");
                }
                Set<String> ofEntry = new TreeSet<>();
                for (CodeSigner signer : signers) {
                    ofEntry.add(fingerprint(signer.getSignerCertPath().getCertificates().get(0)));
                }
                seen.addAll(ofEntry);
                if (ofEntry.stream().noneMatch(trusted::contains)) {
                    throw refused("console.upload.untrusted", String.join(", ", seen));
                }
            }
        } catch (SecurityException e) {
            throw refused("console.upload.badSignature");
        } catch (IOException e) {
            throw refused("console.upload.notJar");
        }
        if (!anyFile) {
            throw refused("console.upload.unsigned");
        }
    }

    static String fingerprint(Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("SHA-256 of a certificate", e);
        }
    }

    private static Refusal refused(String key, Object... arguments) {
        return new Refusal(422, key, arguments);
    }
}
