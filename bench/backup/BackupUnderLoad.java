import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backup harness (bench/backup/run): several innovators file pre-examination requests with their documents and
 * add files to them while `./onestop backup` copies the gateway; the backup is restored into fresh folders with
 * `./onestop restore`, a gateway started on it, and every request, file (by SHA-256 of its download) and audit
 * entry acknowledged before the backup began is looked for there. Prints the figures; exits 1 when anything
 * acknowledged is missing or changed, or the audit chain does not verify.
 *
 * Arguments: base URL, operator email, operator password, onestop.jar, the gateway's data folder, a work folder,
 * clients, seconds of load before the backup, seconds after it.
 */
public final class BackupUnderLoad {

    private static final String PASSWORD = "Backup-Bench-2026!";
    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]*)\"");
    private static final Pattern TRACKING = Pattern.compile("\"trackingNumber\":\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"(terms|privacy)\":\\{\"version\":\"([^\"]+)\"");
    private static final Pattern MAIL = Pattern.compile("\"recipient\":\"([^\"]+)\"");
    private static final Pattern CONFIRM = Pattern.compile("/account/confirm\\?token=([A-Za-z0-9_%-]+)");
    private static final Pattern FILE = Pattern.compile("\\{\"id\":(\\d+),[^{}]*?\"sha256\":\"([0-9a-f]{64})\"");
    private static final Pattern ENTRY = Pattern.compile("\"sequence\":(\\d+),.*?,\"hash\":\"([0-9a-f]+)\"");
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final List<String> DOCUMENTS = List.of("requestForm", "description", "claims", "abstract");

    record Person(String email, String cookies, String csrf) {
    }

    /** A write the gateway acknowledged: a request's case, or a file added to it, with the files' SHA-256. */
    record Ack(String tracking, List<String> sha256s, long at) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private String base;
    private final AtomicInteger refused = new AtomicInteger();

    BackupUnderLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path jar = Path.of(args[3]);
        Path data = Path.of(args[4]);
        Path work = Path.of(args[5]);
        int clients = Integer.parseInt(args[6]);
        long before = Long.parseLong(args[7]);
        long after = Long.parseLong(args[8]);
        BackupUnderLoad bench = new BackupUnderLoad(base);
        long setup = System.nanoTime();
        Person operator = bench.signIn(args[1], args[2]);
        List<Person> people = bench.innovators(operator, clients);
        for (int i = 0; i < people.size(); i++) {
            bench.approvedEntity(operator, people.get(i), i);
        }
        System.out.printf("setup:      %d innovators registered, each with an approved entity, in %.1f s%n", clients,
                (System.nanoTime() - setup) / 1e9);

        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            int client = i;
            Thread thread = new Thread(() -> bench.load(person, client, loading, acks), "client-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(before * 1000);
        Map<Long, String> audited = bench.auditTrail(operator);
        long began = System.nanoTime();
        Path backup = work.resolve("backup");
        ProcessBuilder command = new ProcessBuilder(java(), "-cp", jar.toString(),
                "org.onestop.launcher.BackupCommand", backup.toString()).redirectErrorStream(true);
        command.environment().put("ONESTOP_DATA", data.toString());
        Process backingUp = command.start();
        String said = new String(backingUp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int backedUp = backingUp.waitFor();
        double took = (System.nanoTime() - began) / 1e9;
        Thread.sleep(after * 1000);
        loading.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        List<Ack> acknowledged = acks.stream().filter(a -> a.at() < began).toList();
        System.out.printf("load:       %d writes acknowledged (%d during or after the backup), %d refused%n",
                acks.size(), acks.size() - acknowledged.size(), bench.refused.get());
        System.out.printf("backup:     %s in %.1f s (status %d)%n", said.strip().replace('\n', ' '), took, backedUp);
        if (backedUp != 0) {
            System.out.println("FAILED: no backup was made");
            System.exit(1);
        }

        Path restored = work.resolve("restored");
        Map<String, String> env = Map.of("ONESTOP_DATA", restored.resolve("data").toString(), "ONESTOP_CONFIG",
                restored.resolve("config").toString(), "ONESTOP_DEPLOY", restored.resolve("deploy").toString());
        ProcessBuilder restore = new ProcessBuilder(java(), "-cp", jar.toString(),
                "org.onestop.launcher.RestoreCommand", backup.toString()).redirectErrorStream(true);
        restore.environment().putAll(env);
        Process restoring = restore.start();
        String restoreSaid = new String(restoring.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (restoring.waitFor() != 0) {
            System.out.println("FAILED: the restore was refused:\n" + restoreSaid);
            System.exit(1);
        }
        // below the local ports of outgoing connections (32768 and up), which a client's connection may hold
        int port = 10000 + new Random().nextInt(22000);
        ProcessBuilder start = new ProcessBuilder(java(), "-jar", jar.toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("restored.log").toFile());
        start.environment().keySet().removeIf(k -> k.startsWith("ONESTOP_"));
        start.environment().putAll(env);
        start.environment().put("ONESTOP_PORT", String.valueOf(port));
        long starting = System.nanoTime();
        Process gateway = start.start();
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::destroy));
        boolean kept;
        try {
            awaitReady(work.resolve("restored.log"), gateway);
            System.out.printf("restored:   %s; started on the restored folders in %.1f s%n",
                    restoreSaid.lines().filter(l -> l.startsWith("Restored")).findFirst().orElse("").strip(),
                    (System.nanoTime() - starting) / 1e9);
            kept = bench.compare(base(port), args[1], args[2], people, acknowledged, audited);
        } finally {
            gateway.destroy();
            gateway.waitFor(60, TimeUnit.SECONDS);
        }
        System.exit(kept ? 0 : 1);
    }

    // ---- the load ------------------------------------------------------------------------------------------------

    /** Files requests, and now and then one more file to the latest, until told to stop. */
    private void load(Person person, int client, AtomicBoolean loading, ConcurrentLinkedQueue<Ack> acks) {
        String latest = null;
        for (int n = 0; loading.get(); n++) {
            try {
                String marker = "c" + client + "-" + n + "-" + UUID.randomUUID();
                if (latest != null && n % 3 == 2) {
                    byte[] pdf = pdf(marker);
                    Multipart form = new Multipart().file("file", "补充材料.pdf", pdf).field("purpose", "supplement");
                    HttpResponse<String> added = send(form.post(base + "/api/cases/" + latest + "/attachments",
                            person));
                    if (added.statusCode() == 201) {
                        acks.add(new Ack(latest, List.of(sha256(pdf)), System.nanoTime()));
                    } else {
                        refused.incrementAndGet();
                    }
                    continue;
                }
                Multipart form = new Multipart().field("patentType", "invention").field("title", "备份压测 " + marker)
                        .field("applicants", "草原生物科技有限公司").field("inventors", "李华\n王敏")
                        .field("mainIpc", "C12N 15/10").field("furtherIpc", "").field("notPct", "true");
                List<String> sums = new ArrayList<>();
                for (String document : DOCUMENTS) {
                    byte[] pdf = pdf(marker + "-" + document);
                    form.file(document, document + ".pdf", pdf);
                    sums.add(sha256(pdf));
                }
                HttpRequest request = form.post(base + "/api/preexam/requests", person, "Idempotency-Key",
                        UUID.randomUUID().toString());
                HttpResponse<String> filed = send(request);
                if (filed.statusCode() == 201) {
                    latest = first(TRACKING, filed.body());
                    acks.add(new Ack(latest, sums, System.nanoTime()));
                } else {
                    refused.incrementAndGet();
                    if (refused.get() < 5) {
                        System.err.println("refused: " + filed.statusCode() + " " + filed.body());
                    }
                }
            } catch (Exception e) {
                refused.incrementAndGet();
            }
        }
    }

    // ---- the comparison ------------------------------------------------------------------------------------------

    private boolean compare(String restoredBase, String operatorEmail, String operatorPassword, List<Person> people,
            List<Ack> acknowledged, Map<Long, String> audited) throws Exception {
        base = restoredBase;
        Map<String, Person> signedIn = new HashMap<>();
        for (Person person : people) {
            signedIn.put(person.email(), signIn(person.email(), PASSWORD));
        }
        int missing = 0;
        int mismatched = 0;
        int files = 0;
        Map<String, Map<String, String>> listed = new HashMap<>();
        for (Ack ack : acknowledged) {
            Map<String, String> caseFiles = listed.get(ack.tracking());
            if (caseFiles == null) {
                caseFiles = filesOf(ack.tracking(), signedIn.values());
                listed.put(ack.tracking(), caseFiles);
            }
            if (caseFiles.isEmpty()) {
                missing++;
                continue;
            }
            for (String sum : ack.sha256s()) {
                files++;
                String id = caseFiles.get(sum);
                if (id == null) {
                    missing++;
                } else if (!sum.equals(downloaded(ack.tracking(), id, signedIn.values()))) {
                    mismatched++;
                }
            }
        }
        Person operator = signIn(operatorEmail, operatorPassword);
        Map<Long, String> restoredTrail = auditTrail(operator);
        int auditMissing = 0;
        for (Map.Entry<Long, String> entry : audited.entrySet()) {
            if (!entry.getValue().equals(restoredTrail.get(entry.getKey()))) {
                auditMissing++;
            }
        }
        String verification = send(get("/api/ops/audit/verification", operator)).body();
        boolean intact = verification.contains("\"intact\":true");
        System.out.printf("acknowledged-before-backup: %d writes (%d cases, %d files), %d audit entries%n",
                acknowledged.size(), listed.size(), files, audited.size());
        System.out.printf("missing:    %d (must be 0)%n", missing + auditMissing);
        System.out.printf("checksum mismatches: %d (must be 0)%n", mismatched);
        System.out.printf("audit chain verified: %s (%s)%n", intact ? "yes" : "NO", verification);
        return missing + auditMissing == 0 && mismatched == 0 && intact && !acknowledged.isEmpty();
    }

    /** The files of a case by SHA-256 (to their ids), as its applicant reads them; empty when no one finds it. */
    private Map<String, String> filesOf(String tracking, Iterable<Person> people) throws Exception {
        for (Person person : people) {
            HttpResponse<String> answer = send(get("/api/cases/" + tracking + "/attachments", person));
            if (answer.statusCode() == 200) {
                Map<String, String> files = new HashMap<>();
                Matcher file = FILE.matcher(answer.body());
                while (file.find()) {
                    files.put(file.group(2), file.group(1));
                }
                return files;
            }
        }
        return Map.of();
    }

    private String downloaded(String tracking, String id, Iterable<Person> people) throws Exception {
        for (Person person : people) {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/cases/"
                    + tracking + "/attachments/" + id)).header("Cookie", person.cookies()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() == 200) {
                return sha256(answer.body());
            }
        }
        return "";
    }

    /** Every entry of the audit trail: its hash by its sequence number. */
    private Map<Long, String> auditTrail(Person operator) throws Exception {
        Map<Long, String> entries = new HashMap<>();
        for (int page = 1;; page++) {
            String body = send(get("/api/ops/audit?size=200&page=" + page, operator)).body();
            Matcher entry = ENTRY.matcher(body);
            int found = 0;
            while (entry.find()) {
                entries.put(Long.parseLong(entry.group(1)), entry.group(2));
                found++;
            }
            if (found < 200) {
                return entries;
            }
        }
    }

    // ---- the people ----------------------------------------------------------------------------------------------

    private Person signIn(String email, String password) throws Exception {
        HttpResponse<String> in = send(post("/api/account/login", json("email", email, "password", password), null));
        expect(in, 200, "sign-in of " + email);
        return new Person(email, cookies(in), first(CSRF, in.body()));
    }

    /** Registers, confirms (the link read from the operator's outbox) and signs in {@code n} innovators. */
    private List<Person> innovators(Person operator, int n) throws Exception {
        Map<String, String> versions = new HashMap<>();
        Matcher v = VERSION.matcher(send(get("/api/legal", null)).body());
        while (v.find()) {
            versions.put(v.group(1) + "Version", v.group(2));
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String email = "backup-" + run + "-" + i + "@example.cn";
            emails.add(email);
            expect(send(post("/api/account/register", json("email", email, "password", PASSWORD, "displayName",
                    "申请人" + i, "mobile", String.format("139%08d", i), "termsVersion", versions.get("termsVersion"),
                    "privacyVersion", versions.get("privacyVersion")), null)), 202, "registration of " + email);
        }
        Map<String, String> tokens = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (tokens.size() < n && System.nanoTime() < deadline) {
            String body = send(get("/api/ops/outbox?size=200", operator)).body();
            for (String item : body.split("\\{\"id\":")) {
                Matcher to = MAIL.matcher(item);
                Matcher link = CONFIRM.matcher(item);
                if (to.find() && link.find() && emails.contains(to.group(1))) {
                    tokens.putIfAbsent(to.group(1), URLDecoder.decode(link.group(1), StandardCharsets.UTF_8));
                }
            }
            Thread.sleep(200);
        }
        List<Person> people = new ArrayList<>();
        for (String email : emails) {
            expect(send(post("/api/account/confirm", json("token", tokens.get(email)), null)), 200, "confirmation");
            people.add(signIn(email, PASSWORD));
        }
        return people;
    }

    /** The innovator's organisation, registered as an entity for pre-examination and approved by the operator. */
    private void approvedEntity(Person operator, Person person, int i) throws Exception {
        String code = creditCode(String.format("91150100MA%07d", 1_000_000 + i * 7919 % 8_000_000));
        expect(send(HttpRequest.newBuilder(URI.create(base + "/api/account/organisation"))
                .header("Content-Type", "application/json").header("Cookie", person.cookies())
                .header("X-CSRF-Token", person.csrf()).PUT(HttpRequest.BodyPublishers.ofString(json("name",
                        "草原生物科技有限公司" + i, "creditCode", code, "address", "呼和浩特市赛罕区", "contactPerson", "王工",
                        "contactPhone", "13812345678"))).build()), 200, "the organisation");
        HttpResponse<String> registered = send(new Multipart().field("region", "150100").field("fields", "C12N")
                .field("contactName", "王工").field("contactPhone", "13812345678")
                .file("licence", "营业执照.pdf", pdf("licence-" + i)).post(base + "/api/preexam/entity", person,
                        "Idempotency-Key", UUID.randomUUID().toString()));
        expect(registered, 201, "the entity registration");
        String tracking = first(TRACKING, registered.body());
        expect(send(post("/api/cases/" + tracking + "/moves", json("transition", "approve", "comment", "同意备案"),
                operator)), 200, "the approval of " + tracking);
    }

    // ---- HTTP ----------------------------------------------------------------------------------------------------

    /** A multipart body built in memory. */
    private static final class Multipart {
        private final String boundary = "----bench" + UUID.randomUUID();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n");
            return this;
        }

        Multipart file(String name, String fileName, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n");
            body.writeBytes(content);
            write("\r\n");
            return this;
        }

        HttpRequest post(String url, Person who, String... headers) {
            write("--" + boundary + "--\r\n");
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Accept", "application/json").header("Cookie", who.cookies())
                    .header("X-CSRF-Token", who.csrf()).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            for (int i = 0; i < headers.length; i += 2) {
                r.header(headers[i], headers[i + 1]);
            }
            return r.build();
        }

        private void write(String text) {
            body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private HttpRequest post(String path, String body, Person who) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (who != null) {
            r.header("Cookie", who.cookies()).header("X-CSRF-Token", who.csrf());
        }
        return r.build();
    }

    private HttpRequest get(String path, Person who) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json").GET();
        if (who != null) {
            r.header("Cookie", who.cookies());
        }
        return r.build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String cookies(HttpResponse<String> answer) {
        Map<String, String> jar = new LinkedHashMap<>();
        for (String set : answer.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0 && eq < pair.length() - 1) {
                jar.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return String.join("; ", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static void expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(what + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found " + pattern + " in " + text);
        }
        return m.group(1);
    }

    private static String json(String... pairs) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(i == 0 ? "" : ",").append('"').append(pairs[i]).append("\":\"")
                    .append(pairs[i + 1].replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                    .append('"');
        }
        return out.append('}').toString();
    }

    // ---- small things --------------------------------------------------------------------------------------------

    /** A small PDF of its own, some tens of kilobytes, that only {@code marker} makes unique. */
    private static byte[] pdf(String marker) {
        StringBuilder text = new StringBuilder("%PDF-1.4\n% ").append(marker).append('\n');
        Random random = new Random(marker.hashCode());
        int lines = 200 + random.nextInt(600);
        for (int i = 0; i < lines; i++) {
            text.append("% ").append(Long.toHexString(random.nextLong())).append(Long.toHexString(random.nextLong()))
                    .append('\n');
        }
        return text.append("%%EOF\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String creditCode(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return first17 + CREDIT_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String base(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static void awaitReady(Path log, Process gateway) throws Exception {
        for (int i = 0; i < 240; i++) {
            if (Files.exists(log) && Files.readString(log).contains("OneStop is ready")) {
                return;
            }
            if (!gateway.isAlive()) {
                throw new IllegalStateException("the restored gateway exited:\n" + Files.readString(log));
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the restored gateway was not ready within 60 s");
    }
}
