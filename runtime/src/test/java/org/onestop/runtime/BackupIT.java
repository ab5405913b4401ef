package org.onestop.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onestop.runtime.CaseClient.json;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.launcher.GatewaySettings;
import org.onestop.testing.PostgresServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A backup made while the hall serves, as an operator makes it ({@code ./onestop backup DIR}, the console's button),
 * restored into fresh folders ({@code ./onestop restore DIR}) and started: the case, its file and the audit trail
 * acknowledged before the backup are there, what came after is not, and a damaged backup restores nothing. With
 * {@code -Donestop.it.database=postgresql} the hall runs on PostgreSQL: its backup holds a {@code pg_dump} of the
 * database, restored into a new database ({@code --database}).
 */
class BackupIT {

    private static final boolean POSTGRES = PostgresServer.wanted(Gateway.DATABASE_PROPERTY);

    @TempDir
    Path home;

    @Test
    void aBackupOfTheServingHallRestoresIntoFreshFoldersWithItsCasesFilesAndAuditTrail() throws Exception {
        Path shelf = home.resolve("shelf");
        Path backup = home.resolve("backup");
        String tracking;
        JsonNode file;
        int auditedBefore;
        Map<String, java.util.function.UnaryOperator<String>> settings = new HashMap<>(Map.of(
                "org.onestop.console.backup.cfg", text -> text.replace("folder=", "folder=" + shelf)));
        if (POSTGRES) {
            String url = PostgresServer.shared().newDatabase("backup_first");
            settings.put("org.onestop.platform.database.cfg", text -> text.replace("url=\n", "url=" + url + "\n")
                    .replace("user=\n", "user=" + PostgresServer.USER + "\n"));
        }
        try (MailedGateway hall = MailedGateway.start(home.resolve("first"), Map.of(), true, settings)) {
            Browser innovator = hall.innovator("backup.first@example.cn");
            tracking = registeredEntity(innovator, "91150402MA0Q8B7C5");
            file = json(innovator.json("GET", "/api/cases/" + tracking + "/attachments", null)).get(0);
            auditedBefore = json(hall.operator.json("GET", "/api/ops/audit/verification", null)).path("checked")
                    .asInt();
            Path data = home.resolve("first/data");

            assertEquals(401, new Http(hall.port).post("/api/ops/backup", "{\"folder\":\"/tmp/x\"}"
                    .getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json").status(),
                    "the local route needs the token of the data folder");
            Command backedUp = Command.backup(backup, data);
            assertEquals(0, backedUp.status, backedUp.text);
            assertTrue(backedUp.text.contains("Backup made in " + backup), backedUp.text);
            assertTrue(Files.isRegularFile(backup.resolve(POSTGRES ? "database/onestop.pgdump"
                    : "database/db/service.properties")), "the database's copy is in the backup");
            Command again = Command.backup(backup, data);
            assertEquals(1, again.status);
            assertTrue(again.text.contains("is not empty"), again.text);

            Http.Answer made = hall.operator.json("POST", "/api/ops/backups", null, "X-CSRF-Token",
                    hall.operator.csrfToken());
            assertEquals(201, made.status(), made.body());
            JsonNode listed = json(hall.operator.json("GET", "/api/ops/backups", null));
            assertEquals(shelf.toString(), listed.path("folder").asText());
            assertEquals(json(made).path("name").asText(), listed.path("items").get(0).path("name").asText());
            Http.Answer page = hall.operator.get("/ops/backups");
            assertTrue(page.body().contains("立即备份") && page.body().contains("data-backup=\""
                    + json(made).path("name").asText() + "\""), page.body());
            JsonNode trail = json(hall.operator.json("GET", "/api/ops/audit?action=console.backup.", null));
            assertEquals(2, trail.path("total").asInt(), trail.toString());

            Browser later = hall.innovator("backup.later@example.cn");
            registeredEntity(later, "91150602MA0LW2C5K");
        }

        Path damaged = home.resolve("damaged");
        copy(backup, damaged);
        Path stored = Files.list(damaged.resolve("attachments")).findFirst().orElseThrow();
        Files.write(stored, new byte[] {'%'}, java.nio.file.StandardOpenOption.APPEND);
        Command refused = Command.restore(damaged, home.resolve("elsewhere"));
        assertEquals(1, refused.status, refused.text);
        assertTrue(refused.text.contains("changed") && refused.text.contains("Nothing was restored"), refused.text);
        assertFalse(Files.exists(home.resolve("elsewhere/data/db")), "nothing restored from a damaged backup");

        Path second = home.resolve("second");
        String[] into = POSTGRES ? new String[] {"--database", PostgresServer.shared().newDatabase("backup_second")}
                : new String[0];
        Command restored = Command.restore(backup, second, into);
        assertEquals(0, restored.status, restored.text);
        Command again = Command.restore(backup, second, into);
        assertEquals(1, again.status, "a data folder (and a database) that is not empty is refused: " + again.text);
        assertTrue(again.text.contains(POSTGRES ? "tables" : "is not empty"), again.text);

        int port = GatewayProcess.freePort();
        GatewayProcess process = new GatewayProcess(Map.of("ONESTOP_PORT", String.valueOf(port), "ONESTOP_DATA",
                second.resolve("data").toString(), "ONESTOP_CONFIG", second.resolve("config").toString(),
                "ONESTOP_DEPLOY", second.resolve("deploy").toString()));
        try {
            process.awaitOutput("OneStop is ready at");
            Browser innovator = new Browser(port);
            MailedGateway.login(innovator, "backup.first@example.cn", MailedGateway.PASSWORD, 303);
            JsonNode files = json(innovator.json("GET", "/api/cases/" + tracking + "/attachments", null));
            assertEquals(file.path("sha256").asText(), files.get(0).path("sha256").asText());
            assertEquals(200, innovator.get("/api/cases/" + tracking + "/attachments/" + file.path("id").asLong())
                    .status());
            assertTrue(sha256s(second.resolve("data/attachments")).contains(file.path("sha256").asText()),
                    "the restored file has the content its row names");
            MailedGateway.login(new Browser(port), "backup.later@example.cn", MailedGateway.PASSWORD, 401);

            Browser operator = new Browser(port);
            MailedGateway.login(operator, "operator@onestop.local", MailedGateway.PASSWORD, 303);
            JsonNode verified = json(operator.json("GET", "/api/ops/audit/verification", null));
            assertTrue(verified.path("intact").asBoolean(), verified.toString());
            assertTrue(verified.path("checked").asInt() > auditedBefore, verified.toString());
        } finally {
            process.stop();
        }
    }

    private static String registeredEntity(Browser innovator, String creditCode) {
        HallPeople.organisation(innovator, "草原生物科技有限公司", RegistryNumbers.creditCode(creditCode),
                "呼和浩特市赛罕区", "王工", "13812345678");
        Http.Answer registered = PreexamDesk.registerEntity(innovator, "150100", "C12N", "王工", "13812345678");
        assertEquals(201, registered.status(), registered.body());
        return json(registered).path("trackingNumber").asText();
    }

    private static Set<String> sha256s(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
            return files.map(f -> {
                try {
                    return java.util.HexFormat.of().formatHex(sha256.digest(Files.readAllBytes(f)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    /** A run of the backup or restore command, as {@code ./onestop} runs it, with what it printed. */
    private record Command(int status, String text) {

        static Command backup(Path folder, Path data) {
            return run(out -> new org.onestop.launcher.BackupCommand(out, out).run(new String[] {folder.toString()},
                    data));
        }

        static Command restore(Path folder, Path into, String... options) {
            Map<String, String> env = new HashMap<>(Map.of("ONESTOP_DATA", into.resolve("data").toString(),
                    "ONESTOP_CONFIG", into.resolve("config").toString(), "ONESTOP_DEPLOY",
                    into.resolve("deploy").toString()));
            GatewaySettings settings = GatewaySettings.from(env, GatewayProcess.DIST.toAbsolutePath());
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(options));
            args.add(folder.toString());
            return run(out -> new org.onestop.launcher.RestoreCommand(out, out).run(args.toArray(String[]::new),
                    settings));
        }

        private static Command run(java.util.function.ToIntFunction<PrintStream> command) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int status;
            try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                status = command.applyAsInt(out);
            }
            return new Command(status, bytes.toString(StandardCharsets.UTF_8));
        }
    }
}
