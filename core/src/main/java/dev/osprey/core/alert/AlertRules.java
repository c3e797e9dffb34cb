package dev.osprey.core.alert;

import dev.osprey.core.engine.EngineSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Derives the built-in alerts from the engine's published snapshots: each call compares a snapshot with what the
 * rules saw before. Terminal order states, fills (the snapshot keeps the last 500) and breaker or gate changes
 * persist in the snapshot, so conflation loses none of them; only a position opened and closed again within one
 * publish interval (~8 ms) shows as its fills without the open/close pair. Single-threaded: one watcher owns it.
 */
public final class AlertRules {
    private final OrderAlerts orders;
    private final PositionAlerts positions;
    private final DeskAlerts desk;
    private long lastVersion = -1;

    public AlertRules(AlertSettings settings) {
        this.orders = new OrderAlerts(settings.latencyHighMs());
        this.positions = new PositionAlerts(settings);
        this.desk = new DeskAlerts(settings.staleAfterMs());
    }

    /** The alerts that {@code s} raises, oldest cause first; {@code wallMs} times data staleness. */
    public List<Alert> observe(EngineSnapshot s, long wallMs) {
        List<Alert> out = new ArrayList<>();
        Consumer<Alert> sink = out::add;
        desk.killSwitch(s.trading(), s.timeMs(), sink);
        if (s.version() != lastVersion) {
            lastVersion = s.version();
            orders.orders(s.orders(), sink);
            orders.fills(s.fills(), sink);
            positions.positions(s, sink);
            positions.dailyLoss(s, sink);
            desk.breakers(s, sink);
        }
        desk.feeds(s, wallMs, sink);
        return out;
    }
}
