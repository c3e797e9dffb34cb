package dev.osprey.app.alert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** A minimal SMTP server on 127.0.0.1 that accepts every message and keeps what it was told. */
final class FakeSmtpServer implements AutoCloseable {
    /** One delivered message: the AUTH PLAIN token (null without AUTH), envelope and DATA lines. */
    record Received(String authPlain, String from, List<String> to, List<String> data) {
        String body() {
            return String.join("\n", data);
        }
    }

    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ServerSocket server;
    private final Thread thread;

    FakeSmtpServer() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "fake-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                converse(new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)),
                        s.getOutputStream());
            } catch (IOException e) {
                // closed, or the client went away: wait for the next one
            }
        }
    }

    private void converse(BufferedReader in, OutputStream out) throws IOException {
        reply(out, "220 fake ESMTP");
        String auth = null;
        String from = null;
        List<String> to = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("EHLO")) {
                reply(out, "250-fake\r\n250 AUTH PLAIN");
            } else if (line.startsWith("AUTH PLAIN ")) {
                auth = line.substring(11);
                reply(out, "235 ok");
            } else if (line.startsWith("MAIL FROM:")) {
                from = line.substring(10);
                reply(out, "250 ok");
            } else if (line.startsWith("RCPT TO:")) {
                to.add(line.substring(8));
                reply(out, "250 ok");
            } else if (line.equals("DATA")) {
                reply(out, "354 go on");
                List<String> data = new ArrayList<>();
                for (String d = in.readLine(); d != null && !d.equals("."); d = in.readLine()) {
                    data.add(d);
                }
                received.add(new Received(auth, from, List.copyOf(to), data));
                reply(out, "250 queued");
            } else if (line.equals("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "500 what?");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
