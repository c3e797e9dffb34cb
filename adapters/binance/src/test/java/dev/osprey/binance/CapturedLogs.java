package dev.osprey.binance;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything logged while open, at every level, for tests that scan logs for secrets. Each line is the formatted
 * message, every exception and cause in the chain, and the MDC. The fake Binance's WebSocket server library
 * ({@code org.java_websocket}) is held at INFO meanwhile: at TRACE it prints every frame it receives, the API key a
 * logon carries included, to the console, and so into the test reports that .ci/scan-secrets.sh scans; that is the
 * far end's log, not ours.
 */
public final class CapturedLogs implements AutoCloseable {
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger fakeServer = (Logger) LoggerFactory.getLogger("org.java_websocket");
    private final Level before;
    private final Level fakeServerBefore;

    private CapturedLogs() {
        before = root.getLevel();
        fakeServerBefore = fakeServer.getLevel();
        fakeServer.setLevel(Level.INFO);
        root.setLevel(Level.ALL);
        captured.start();
        root.addAppender(captured);
    }

    public static CapturedLogs everything() {
        return new CapturedLogs();
    }

    /** The lines logged so far, leaving out the fake server's WebSocket library ({@code org.java_websocket}). */
    public List<String> lines() {
        return List.copyOf(captured.list).stream().filter(e -> !e.getLoggerName().startsWith("org.java_websocket"))
                .map(CapturedLogs::render).toList();
    }

    /** How many events were logged, the WebSocket library's (at INFO and above) included. */
    public int events() {
        return captured.list.size();
    }

    private static String render(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder(e.getFormattedMessage());
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        sb.append(" | ").append(e.getMDCPropertyMap());
        return sb.toString();
    }

    @Override
    public void close() {
        root.detachAppender(captured);
        root.setLevel(before);
        fakeServer.setLevel(fakeServerBefore);
    }
}
