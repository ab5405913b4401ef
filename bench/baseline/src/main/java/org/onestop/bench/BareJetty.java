package org.onestop.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Benchmark baseline: plain embedded Jetty 12 (no OSGi, no Jersey, no Derby, no Freemarker) answering the gateway's
 * benchmarked addresses with bytes captured from the running gateway. bench/run loads this and the gateway side by
 * side; the ratio between them is the gateway's cost over bare Jetty.
 *
 * <p>Usage: {@code java -jar bench-baseline.jar <port> <routes>}, where each line of the file {@code routes} is
 * {@code <path and query> TAB <content type> TAB <body file>}.
 */
public final class BareJetty {

    private BareJetty() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BareJetty <port> <routes: path<TAB>content type<TAB>body file, one a line>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Map<String, FixedBodyServlet.Body> bodies = routes(Path.of(args[1]));

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler("/");
        // "/" is the servlet default mapping: it receives every path, and the
        // servlet itself picks the body (or 404) from the request URI.
        context.addServlet(new ServletHolder(new FixedBodyServlet(bodies)), "/");
        server.setHandler(context);
        server.setStopAtShutdown(true);

        server.start();
        System.out.println("BareJetty is ready at http://127.0.0.1:" + port + "/ with " + bodies.size() + " routes");
        server.join();
    }

    private static Map<String, FixedBodyServlet.Body> routes(Path file) throws IOException {
        Map<String, FixedBodyServlet.Body> bodies = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3) {
                throw new IllegalArgumentException("not <path> TAB <type> TAB <file>: " + line);
            }
            bodies.put(fields[0], new FixedBodyServlet.Body(fields[1], Files.readAllBytes(Path.of(fields[2]))));
        }
        return bodies;
    }
}
