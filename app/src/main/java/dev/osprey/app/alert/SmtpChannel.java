package dev.osprey.app.alert;

import dev.osprey.core.alert.Alert;

import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Sends each alert as a plain-text e-mail over SMTP (RFC 5321), on the JDK alone: EHLO, optional AUTH PLAIN,
 * MAIL, RCPT, DATA, QUIT, with connect and read timeouts. {@code tls} opens SMTPS (implicit TLS, port 465). The
 * password is sent only over TLS or to a loopback server, and never appears in an error.
 */
final class SmtpChannel implements AlertChannel {
    private final AlertsConfig.Email config;
    private final String password;

    /** {@code password}: read by the caller from the environment variable the config names; null for no AUTH. */
    SmtpChannel(AlertsConfig.Email config, String password) {
        this.config = config;
        this.password = password;
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public void deliver(Alert alert) throws IOException {
        try (Socket socket = config.tls() ? SSLSocketFactory.getDefault().createSocket() : new Socket()) {
            socket.connect(new InetSocketAddress(config.host(), config.port()), (int) config.timeoutMs());
            socket.setSoTimeout((int) config.timeoutMs());
            SmtpSession s = new SmtpSession(new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8)), socket.getOutputStream());
            s.expect(220, null);
            s.command("EHLO osprey", 250);
            if (!config.username().isEmpty() && password != null) {
                if (!config.tls() && !socket.getInetAddress().isLoopbackAddress()) {
                    throw new IOException("SMTP AUTH to " + config.host() + " refused: set alerts.email.tls");
                }
                String token = Base64.getEncoder().encodeToString(("\0" + config.username() + "\0" + password)
                        .getBytes(StandardCharsets.UTF_8));
                s.send("AUTH PLAIN " + token);
                s.expect(235, "AUTH PLAIN");
            }
            s.command("MAIL FROM:<" + config.from() + ">", 250);
            for (String to : config.to()) {
                s.command("RCPT TO:<" + to + ">", 250);
            }
            s.command("DATA", 354);
            s.send(message(alert));
            s.command(".", 250);
            s.command("QUIT", 221);
        }
    }

    private String message(Alert alert) {
        String subject = "[Osprey " + alert.severity() + "] " + alert.title();
        StringBuilder b = new StringBuilder()
                .append("From: ").append(config.from()).append("\r\n")
                .append("To: ").append(String.join(", ", config.to())).append("\r\n")
                .append("Subject: ").append(subject.replaceAll("[\r\n]", " ")).append("\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: text/plain; charset=UTF-8\r\n")
                .append("Content-Transfer-Encoding: 8bit\r\n\r\n")
                .append(alert.text()).append("\r\n")
                .append("Engine time: ").append(Instant.ofEpochMilli(alert.timeMs())).append("\r\n");
        // Dot-stuffing: a line that starts with "." must not end the DATA section early.
        return b.toString().replaceAll("(?<!\r)\n", "\r\n").replace("\r\n.", "\r\n..");
    }

    /** One conversation: a command, then a reply whose code must match. */
    private static final class SmtpSession {
        private final BufferedReader in;
        private final OutputStream out;

        SmtpSession(BufferedReader in, OutputStream out) {
            this.in = in;
            this.out = out;
        }

        void command(String line, int expected) throws IOException {
            send(line);
            expect(expected, line);
        }

        void send(String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        /** Reads a (possibly multi-line) reply; {@code what} names the command in an error, never its arguments. */
        void expect(int code, String what) throws IOException {
            String line;
            do {
                line = in.readLine();
                if (line == null) {
                    throw new IOException("SMTP server closed the connection");
                }
            } while (line.length() > 3 && line.charAt(3) == '-');
            if (!line.startsWith(Integer.toString(code))) {
                String command = what == null ? "greeting" : what.split(" ", 2)[0];
                throw new IOException("SMTP " + command + " answered: " + line);
            }
        }
    }
}
