package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.binance.fake.FakeBinance;
import dev.osprey.binance.fake.Fault;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.OrderRejected;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs trading, failures and refusals with every log level on, then scans all that was logged (messages, arguments,
 * exceptions and their causes) and every event, alert and exception message for the API key and the secret.
 */
class SecretsStayOutOfLogsTest {
    private final CapturedLogs logs = CapturedLogs.everything();

    @AfterEach
    void release() {
        logs.close();
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
        List<String> logged = logs.lines();
        texts.addAll(logged);
        // The capture is not empty: the start and the refusals, with their details, are in it.
        assertTrue(logged.stream().anyMatch(l -> l.contains("exchangeInfo loaded")), logged.toString());
        assertTrue(logged.stream().anyMatch(l -> l.contains("POST /api/v3/order refused: BAD_CREDENTIALS")),
                logged.toString());
        for (String text : texts) {
            assertFalse(text.contains(FakeBinance.API_KEY), "API key in: " + text);
            assertFalse(text.contains(FakeBinance.SECRET), "secret in: " + text);
        }
    }
}
