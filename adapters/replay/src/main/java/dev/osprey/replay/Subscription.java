package dev.osprey.replay;

import dev.osprey.core.market.MarketDataListener;
import dev.osprey.core.market.MarketEvent;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One symbol of a replay feed: its synchroniser and the listeners it fans events out to. */
final class Subscription implements MarketDataListener {
    private static final Logger LOG = LoggerFactory.getLogger(Subscription.class);

    private final List<MarketDataListener> listeners = new ArrayList<>();
    private final BookSynchronizer synchronizer;

    Subscription(String symbol) {
        this.synchronizer = new BookSynchronizer(symbol, this);
    }

    /** Only before the feed starts: the list is then read by the feed thread alone. */
    void add(MarketDataListener listener) {
        listeners.add(listener);
    }

    BookSynchronizer synchronizer() {
        return synchronizer;
    }

    @Override
    public void onMarketEvent(MarketEvent event) {
        for (MarketDataListener listener : listeners) {
            try {
                listener.onMarketEvent(event);
            } catch (RuntimeException e) {
                // One faulty consumer must not stop the book or the other consumers.
                LOG.error("{}: listener {} failed on {}", event.symbol(), listener, event.getClass().getSimpleName(),
                        e);
            }
        }
    }
}
