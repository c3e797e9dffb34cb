package dev.osprey.binance;

import dev.osprey.binance.fake.FakeBinance;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.AccountEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** A Binance venue wired to a fake Binance, started, with its user data stream up and everything recorded. */
final class VenueFixture implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    final FakeBinance fake = FakeBinance.start();
    final Recorder<AccountEvent> events = new Recorder<>();
    final Recorder<VenueAlert> alerts = new Recorder<>();
    final BinanceVenue venue;
    private int nextId;

    VenueFixture() {
        this(b -> b);
    }

    VenueFixture(UnaryOperator<BinanceConfig.Builder> tweak) {
        this(tweak, fake -> { });
    }

    /** {@code prepare} sets the fake up before the venue connects. */
    VenueFixture(UnaryOperator<BinanceConfig.Builder> tweak, java.util.function.Consumer<FakeBinance> prepare) {
        prepare.accept(fake);
        venue = BinanceVenue.create(tweak.apply(fake.config()).build());
        venue.subscribe(events::add);
        venue.onAlert(alerts::add);
        try {
            venue.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("venue did not start", e);
        }
        alerts.awaitFirst(VenueAlert.class, a -> a.kind() == VenueAlert.Kind.USER_STREAM_UP, WAIT);
    }

    String nextClientId() {
        return "osp-test-" + (++nextId);
    }

    OrderRequest limit(Side side, String qty, String price) {
        return new OrderRequest(nextClientId(), "BTCUSDT", side, OrderType.LIMIT, new BigDecimal(qty),
                new BigDecimal(price));
    }

    OrderRequest market(Side side, String qty) {
        return new OrderRequest(nextClientId(), "BTCUSDT", side, OrderType.MARKET, new BigDecimal(qty), null);
    }

    /** Places and waits for the venue to accept. */
    OrderRequest placeAccepted(OrderRequest r) {
        venue.orderEntry().place(r);
        events.awaitFirst(dev.osprey.core.venue.OrderAccepted.class, a -> a.clientOrderId().equals(r.clientOrderId()),
                WAIT);
        return r;
    }

    long calls(String route) {
        return fake.restCalls().stream().filter(route::equals).count();
    }

    @Override
    public void close() {
        venue.close();
        fake.close();
    }
}
