package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.binance.fake.FakeBinance;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.OrderFilled;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** An Ed25519 key: {@code session.logon} then {@code userDataStream.subscribe}, and REST signed the same way. */
class Ed25519LogonTest {

    private static KeyPair ed25519() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static BinanceCredentials credentials(KeyPair pair) {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return BinanceCredentials.ed25519(FakeBinance.API_KEY, pem.toCharArray());
    }

    @Test
    void whenTheKeyIsEd25519_thenTheSessionLogsOnSubscribesAndFillsArrive() throws Exception {
        // Arrange
        KeyPair pair = ed25519();
        BinanceCredentials creds = credentials(pair);
        try (VenueFixture f = new VenueFixture(b -> b.credentials(creds), fake -> fake.useEd25519(pair.getPublic()))) {
            // Act: the fixture has waited for USER_STREAM_UP, which only a session.logon can give here
            OrderRequest r = f.placeAccepted(f.limit(Side.BUY, "0.01", "60000"));
            f.fake.exchange.fill(r.clientOrderId(), "0.01", "60000", true);
            // Assert
            f.events.awaitFirst(OrderFilled.class, x -> x.fill().clientOrderId().equals(r.clientOrderId()),
                    VenueFixture.WAIT);
            assertTrue(f.fake.restCalls().contains("POST /api/v3/order"));
        }
    }

    @Test
    void whenTheEd25519KeyIsNotTheOneBinanceHolds_thenTradingStops() throws Exception {
        KeyPair registered = ed25519();
        BinanceCredentials other = credentials(ed25519());
        FakeBinance fake = FakeBinance.start();
        fake.useEd25519(registered.getPublic());
        Recorder<VenueAlert> alerts = new Recorder<>();
        try (BinanceVenue venue = BinanceVenue.create(fake.config().credentials(other).build())) {
            venue.onAlert(alerts::add);
            venue.start();

            alerts.awaitFirst(VenueAlert.class, a -> a.kind() == VenueAlert.Kind.TRADING_STOPPED, VenueFixture.WAIT);
            assertTrue(venue.tradingStopped());
        } finally {
            fake.close();
        }
    }
}
