package dev.osprey.core.venue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The latency read-model: venues publish their figures (about once a second), the window reads them on its pulse.
 * Readers get an immutable list that stays the same object until something new is published, so a renderer can
 * skip unchanged frames by reference.
 */
public final class LatencyBoard {
    private final Map<String, LatencyFigures> byMeasure = new LinkedHashMap<>();
    private volatile List<LatencyFigures> current = List.of();

    public synchronized void publish(LatencyFigures figures) {
        byMeasure.put(figures.venue() + "/" + figures.measure(), figures);
        current = List.copyOf(new ArrayList<>(byMeasure.values()));
    }

    public List<LatencyFigures> all() {
        return current;
    }
}
