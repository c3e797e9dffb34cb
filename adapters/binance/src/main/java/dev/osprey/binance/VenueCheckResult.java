package dev.osprey.binance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** What {@link VenueCheck} found: each step's outcome and latency, printable as one JSON line. */
public record VenueCheckResult(String venue, List<Step> steps) {

    public enum Outcome { OK, FAILED, SKIPPED }

    /** One step: what it checked, how it went, how long it took, and what it saw (never a key or secret). */
    public record Step(String name, Outcome outcome, long latencyMs, String detail) {
    }

    public VenueCheckResult {
        steps = List.copyOf(steps);
    }

    /** True when no step failed (skipped steps, e.g. trading without a key, do not count against it). */
    public boolean ok() {
        return steps.stream().noneMatch(s -> s.outcome() == Outcome.FAILED);
    }

    public Step step(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + name));
    }

    /** One line: {@code {"venue":"binance","ok":true,"steps":[{"step":"connect","outcome":"OK","ms":12,...}]}}. */
    public String toJson() {
        ObjectNode root = RestClient.JSON.createObjectNode();
        root.put("venue", venue);
        root.put("ok", ok());
        ArrayNode list = root.putArray("steps");
        for (Step s : steps) {
            list.addObject().put("step", s.name()).put("outcome", s.outcome().name()).put("ms", s.latencyMs())
                    .put("detail", s.detail());
        }
        return root.toString();
    }
}
