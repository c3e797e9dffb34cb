package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.osprey.binance.fake.FakeBinance;
import dev.osprey.binance.fake.Fault;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.OrderRejected;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs trading, failures and refusals with every log level on, then scans all that was logged (messages, arguments,
 * exceptions and their causes) and every event, alert and exception message for the API key and the secret.
 */
class SecretsStayOutOfLogsTest {
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level before;

    @BeforeEach
    void capture() {
        before = root.getLevel();
        root.setLevel(Level.ALL);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        root.setLevel(before);
    }

    @Test
    void whenTradingFailingAndBeingRefused_thenNoLogLineOrErrorCarriesTheKeyOrSecret() {
        // Arrange
        List<String> texts = new ArrayList<>();
        try (VenueFixture f = new VenueFixture()) {
            // Act
            OrderRequest r = f.placeAccepted(f.limit(Side.BUY, "0.01", "60000"));
            f.fake.exchange.fill(r.clientOrderId(), "0.01", "60000", true);
            f.events.awaitFirst(OrderFilled.class, e -> true, VenueFixture.WAIT);
            f.fake.faultNext("POST /api/v3/order", Fault.serverErrorWithoutExecuting());
            OrderRequest lost = f.limit(Side.BUY, "0.01", "60000");
            f.venue.orderEntry().place(lost);
            f.events.awaitFirst(OrderRejected.class, e -> e.clientOrderId().equals(lost.clientOrderId()),
                    VenueFixture.WAIT);
            f.fake.faultNext("POST /api/v3/order", Fault.refuse(400, -1022, "Signature for this request is not valid."));
            f.venue.orderEntry().place(f.limit(Side.BUY, "0.01", "60000"));
            f.alerts.awaitFirst(VenueAlert.class, a -> a.kind() == VenueAlert.Kind.TRADING_STOPPED, VenueFixture.WAIT);
            f.events.all().forEach(e -> texts.add(e.toString()));
            f.alerts.all().forEach(a -> texts.add(a.toString()));
            texts.add(f.venue.toString());
            texts.add(f.fake.config().build().toString());
        }
        IllegalArgumentException badKey = assertThrows(IllegalArgumentException.class,
                () -> BinanceCredentials.ed25519(FakeBinance.API_KEY, FakeBinance.SECRET.toCharArray()));
        texts.add(badKey.toString());
        // Assert
        // The fake server's WebSocket library traces the frames it receives: that is the other end, not us.
        captured.list.stream().filter(e -> !e.getLoggerName().startsWith("org.java_websocket"))
                .forEach(e -> texts.add(render(e)));
        assertTrue(captured.list.size() > 20, "the scenario should have logged plenty: " + captured.list.size());
        for (String text : texts) {
            assertFalse(text.contains(FakeBinance.API_KEY), "API key in: " + text);
            assertFalse(text.contains(FakeBinance.SECRET), "secret in: " + text);
        }
    }

    private static String render(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder(e.getFormattedMessage());
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        sb.append(" | ").append(e.getMDCPropertyMap());
        return sb.toString();
    }
}
