package org.onestop.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Benchmark baseline: plain embedded Jetty 12 (no OSGi, no Jersey, no Derby,
 * no Freemarker) answering the gateway's two benchmarked URLs with bytes
 * captured from the running gateway. bench/run loads this and the gateway
 * side by side; the ratio between them is the gateway's cost over bare Jetty.
 *
 * <p>Usage: {@code java -jar bench-baseline.jar <port> <news.json> <home.html>}
 */
public final class BareJetty {

    private BareJetty() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: BareJetty <port> <news.json> <home.html>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        byte[] json = Files.readAllBytes(Path.of(args[1]));
        byte[] html = Files.readAllBytes(Path.of(args[2]));

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler("/");
        // "/" is the servlet default mapping: it receives every path, and the
        // servlet itself picks the body (or 404) from the request URI.
        context.addServlet(new ServletHolder(new FixedBodyServlet(json, html)), "/");
        server.setHandler(context);
        server.setStopAtShutdown(true);

        server.start();
        System.out.println("BareJetty is ready at http://127.0.0.1:" + port + "/");
        server.join();
    }
}
