package org.onestop.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./onestop backup DIR}: asks the gateway running on the data folder ({@code ONESTOP_DATA}) for a backup
 * into {@code DIR}, a new or empty folder. Embedded Derby has one owner, the gateway's process, so the copy is made
 * there (the operator console's {@code POST /api/ops/backup}); this command only finds the gateway and its key in
 * {@code <data>/backup.access}, which the gateway writes when its database opens, readable by the data folder's
 * owner alone, and says what was made. Exit status 0 when the backup was made, 1 otherwise, 2 for a wrong call.
 */
public final class BackupCommand {

    private static final Pattern NUMBER = Pattern.compile("\"(files|bytes)\":(\\d+)");
    private static final Pattern DETAIL = Pattern.compile("\"detail\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final PrintStream out;
    private final PrintStream err;

    public BackupCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new BackupCommand(System.out, System.err).run(args, RestoreCommand.settings().data()));
    }

    public int run(String[] args, Path data) {
        if (args.length != 1 || args[0].startsWith("-")) {
            err.println("usage: ./onestop backup DIR   (DIR: a new or empty folder; ONESTOP_DATA names the gateway's"
                    + " data folder)");
            return 2;
        }
        Path target = Path.of(args[0]).toAbsolutePath().normalize();
        Path accessFile = data.resolve("backup.access");
        Properties access = new Properties();
        try (var in = Files.newBufferedReader(accessFile, StandardCharsets.UTF_8)) {
            access.load(in);
        } catch (IOException e) {
            err.println("No running gateway was found for the data folder " + data + " (" + accessFile
                    + " cannot be read: " + e.getMessage() + "). Start the gateway, or set ONESTOP_DATA to its"
                    + " data folder, and run the command as the user the gateway runs as.");
            return 1;
        }
        String port = access.getProperty("port", "");
        out.println("Backing up the gateway on port " + port + " into " + target + " ...");
        long start = System.nanoTime();
        try {
            HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ops/backup"))
                            .header("Content-Type", "application/json").header("Accept-Language", "en")
                            .header("Authorization", "Bearer " + access.getProperty("token", ""))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"folder\":" + quoted(target.toString())
                                    + "}"))
                            .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 201) {
                Matcher detail = DETAIL.matcher(answer.body());
                err.println("No backup was made: " + (detail.find() ? unquoted(detail.group(1))
                        : "the gateway answered " + answer.statusCode()));
                return 1;
            }
            long files = 0;
            long bytes = 0;
            Matcher number = NUMBER.matcher(answer.body());
            while (number.find()) {
                long value = Long.parseLong(number.group(2));
                if (number.group(1).equals("files")) {
                    files = value;
                } else {
                    bytes = value;
                }
            }
            out.printf("Backup made in %s: %d files, %.1f MB, in %.1f s; its manifest: %s%n", target, files,
                    bytes / 1048576.0, (System.nanoTime() - start) / 1e9, target.resolve("manifest.txt"));
            return 0;
        } catch (ConnectException e) {
            err.println("The gateway of " + data + " does not answer on port " + port + ": is it running?");
            return 1;
        } catch (IOException e) {
            err.println("No backup was made: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** A text as a JSON string. */
    static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String unquoted(String json) {
        return json.replace("\\\"", "\"").replace("\\n", " ").replace("\\\\", "\\");
    }
}
