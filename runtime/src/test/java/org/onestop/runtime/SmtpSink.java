package org.onestop.runtime;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal SMTP server on loopback for the gateway's outbox under test: it accepts every message and keeps its raw
 * text, and reads back the subject (RFC 2047 encoded words) and the plain-text body (base64, quoted-printable or
 * 8bit) in the charset the message declares. Only what a plain-text mail needs; no TLS, no authentication.
 */
public final class SmtpSink implements AutoCloseable {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([A-Za-z0-9_\\-]+)\"?",
            Pattern.CASE_INSENSITIVE);

    private final ServerSocket server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final Thread thread;

    /** One message as the server took it, in ISO-8859-1 so that every byte is kept. */
    public record Received(String raw) {

        public String headers() {
            int end = raw.indexOf("\r\n\r\n");
            return (end < 0 ? raw : raw.substring(0, end)).replaceAll("\r\n[ \t]+", " ");
        }

        public String header(String name) {
            Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":[ \t]*(.*)$").matcher(headers());
            return m.find() ? m.group(1).strip() : null;
        }

        /** The subject, its encoded words decoded. */
        public String subject() {
            return decodeWords(header("Subject"));
        }

        /** The body, its transfer encoding undone, line ends as {@code \n}. */
        public String text() {
            int start = raw.indexOf("\r\n\r\n");
            String body = start < 0 ? "" : raw.substring(start + 4);
            String encoding = String.valueOf(header("Content-Transfer-Encoding")).toLowerCase(Locale.ROOT);
            byte[] bytes = switch (encoding) {
                case "base64" -> Base64.getMimeDecoder().decode(body);
                case "quoted-printable" -> quotedPrintable(body.replace("=\r\n", ""), false);
                default -> body.getBytes(StandardCharsets.ISO_8859_1);
            };
            Matcher charset = CHARSET.matcher(String.valueOf(header("Content-Type")));
            Charset declared = charset.find() ? Charset.forName(charset.group(1)) : StandardCharsets.US_ASCII;
            return new String(bytes, declared).replace("\r\n", "\n");
        }
    }

    private SmtpSink(ServerSocket server) {
        this.server = server;
        this.thread = new Thread(this::serve, "smtp-sink");
        thread.setDaemon(true);
        thread.start();
    }

    public static SmtpSink start() {
        try {
            return new SmtpSink(new ServerSocket(0, 10, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The next message received, waiting at most {@code timeout}; null if none came. */
    public Received next(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                converse(socket);
            } catch (IOException closedOrBroken) {
                // the next client, or the end
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.ISO_8859_1));
        OutputStream out = socket.getOutputStream();
        reply(out, "220 sink ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT)
                    : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (command) {
                case "EHLO", "HELO" -> reply(out, "250 sink");
                case "DATA" -> {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    StringBuilder message = new StringBuilder();
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        message.append(data.startsWith(".") ? data.substring(1) : data).append("\r\n");
                    }
                    received.add(new Received(message.toString()));
                    reply(out, "250 accepted");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 OK");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Decodes RFC 2047 encoded words; the white space between two of them is dropped. */
    static String decodeWords(String header) {
        if (header == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        Matcher word = ENCODED_WORD.matcher(header);
        int end = 0;
        while (word.find()) {
            String between = header.substring(end, word.start());
            if (end == 0 || !between.isBlank()) {
                text.append(between);
            }
            byte[] bytes = word.group(2).equalsIgnoreCase("B") ? Base64.getDecoder().decode(word.group(3))
                    : quotedPrintable(word.group(3), true);
            text.append(new String(bytes, Charset.forName(word.group(1))));
            end = word.end();
        }
        return text.append(header.substring(end)).toString();
    }

    private static byte[] quotedPrintable(String text, boolean underscoreIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && i + 2 < text.length()) {
                bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
                i += 2;
            } else if (c == '_' && underscoreIsSpace) {
                bytes.write(' ');
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }
}
