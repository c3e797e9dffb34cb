package dev.osprey.core.alert;

import dev.osprey.core.breaker.BreakerState;
import dev.osprey.core.breaker.BreakerStatus;
import dev.osprey.core.engine.BookView;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.gate.TradingState;
import dev.osprey.core.market.FeedState;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Kill switch, breaker trips, venue feed errors and stale market data. */
final class DeskAlerts {
    private final long staleAfterMs;
    private TradingState trading = TradingState.ACTIVE;
    private final Map<String, BreakerState> breakers = new HashMap<>();
    private final Map<String, FeedState> feeds = new HashMap<>();
    private final Map<String, Long> lastEvent = new HashMap<>();
    private final Map<String, Long> lastEventSeenAtWallMs = new HashMap<>();
    private final Set<String> stale = new HashSet<>();

    DeskAlerts(long staleAfterMs) {
        this.staleAfterMs = staleAfterMs;
    }

    void killSwitch(OrderGate.Change change, long timeMs, Consumer<Alert> out) {
        if (change.state() == TradingState.HALTED && trading != TradingState.HALTED) {
            out.accept(Alert.of(AlertKind.KILL_SWITCH, timeMs, "Trading halted by " + change.who() + ": "
                    + change.why()));
        }
        trading = change.state();
    }

    void breakers(EngineSnapshot s, Consumer<Alert> out) {
        for (BreakerStatus b : s.breakers()) {
            String key = b.trigger() + "@" + b.scope();
            BreakerState before = breakers.put(key, b.state());
            if (b.state() == BreakerState.OPEN && before != null && before != BreakerState.OPEN) {
                out.accept(Alert.of(AlertKind.BREAKER_TRIPPED, s.timeMs(), b.trigger()
                        + (b.scope().isEmpty() ? "" : " (" + b.scope() + ")") + " tripped: " + b.reason()
                        + " — " + b.action()));
            }
        }
    }

    /** Feed state changes to an error state, and live feeds with no new event for {@code staleAfterMs} of wall time. */
    void feeds(EngineSnapshot s, long wallMs, Consumer<Alert> out) {
        for (BookView b : s.books().values()) {
            FeedState before = feeds.put(b.symbol(), b.feedState());
            boolean broken = b.feedState() == FeedState.DISCONNECTED || b.feedState() == FeedState.RESYNCING;
            if (broken && before != b.feedState()) {
                out.accept(Alert.of(AlertKind.VENUE_DISCONNECTED, s.timeMs(), b.symbol() + " feed "
                        + b.feedState() + (b.feedDetail() == null || b.feedDetail().isEmpty() ? ""
                        : ": " + b.feedDetail())));
            }
            stale(b, s.timeMs(), wallMs, out);
        }
    }

    private void stale(BookView b, long timeMs, long wallMs, Consumer<Alert> out) {
        Long known = lastEvent.put(b.symbol(), b.lastEventTimeMs());
        if (known == null || known != b.lastEventTimeMs()) {
            lastEventSeenAtWallMs.put(b.symbol(), wallMs);
            stale.remove(b.symbol());
            return;
        }
        long quietMs = wallMs - lastEventSeenAtWallMs.get(b.symbol());
        if (b.feedState() == FeedState.LIVE && quietMs >= staleAfterMs && stale.add(b.symbol())) {
            out.accept(Alert.of(AlertKind.DATA_STALE, timeMs, b.symbol() + ": no market data for " + quietMs
                    + " ms (limit " + staleAfterMs + " ms)"));
        }
    }
}
