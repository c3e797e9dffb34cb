package dev.osprey.core.chart;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The session's P&L over engine time, at most one point per {@code stepMs}, the oldest dropped beyond
 * {@code capacity}. Engine time going back (a looping replay) starts the curve over, so its time axis stays honest.
 */
public final class PnlCurve {
    private final long stepMs;
    private final int capacity;
    private final Deque<PnlPoint> points = new ArrayDeque<>();
    private List<PnlPoint> published = List.of();

    public PnlCurve(long stepMs, int capacity) {
        if (stepMs < 1 || capacity < 2) {
            throw new IllegalArgumentException("stepMs must be >= 1 and capacity >= 2");
        }
        this.stepMs = stepMs;
        this.capacity = capacity;
    }

    /** Records {@code pnl} at {@code timeMs} unless the last point is less than one step old. */
    public void sample(long timeMs, BigDecimal pnl) {
        PnlPoint last = points.peekLast();
        if (last != null && timeMs < last.timeMs()) {
            points.clear();
        } else if (last != null && timeMs - last.timeMs() < stepMs) {
            return;
        }
        points.addLast(new PnlPoint(timeMs, pnl));
        if (points.size() > capacity) {
            points.removeFirst();
        }
        published = List.copyOf(points);
    }

    /** Oldest first; the same list until a point is added. */
    public List<PnlPoint> points() {
        return published;
    }
}
