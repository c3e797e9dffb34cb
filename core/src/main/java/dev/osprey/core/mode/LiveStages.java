package dev.osprey.core.mode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The live ladder. Stage 0 is LIVE_MINIMAL, every stage above it LIVE_SCALED. The desk climbs one stage at a time,
 * each after a passing report at the stage below and the days that stage asks for.
 */
public record LiveStages(List<LiveStage> stages) {
    public LiveStages {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("at least the LIVE_MINIMAL stage is needed");
        }
        if (stages.get(0).minDaysAtPreviousStage() != 0) {
            throw new IllegalArgumentException("LIVE_MINIMAL follows a passing paper report, not a number of days");
        }
    }

    /**
     * 0.1 % risk per trade and 2 % exposure on BTCUSDT; after 14 days 0.25 % / 5 % adding ETHUSDT; after 30 more
     * days 0.5 % / 10 % adding BNBUSDT.
     */
    public static LiveStages defaults() {
        return new LiveStages(List.of(
                new LiveStage(0, profile("0.1", "2", Set.of("BTCUSDT"))),
                new LiveStage(14, profile("0.25", "5", Set.of("BTCUSDT", "ETHUSDT"))),
                new LiveStage(30, profile("0.5", "10", Set.of("BTCUSDT", "ETHUSDT", "BNBUSDT")))));
    }

    public LiveStage stage(int index) {
        return stages.get(index);
    }

    public int highest() {
        return stages.size() - 1;
    }

    private static RiskProfile profile(String perTrade, String exposure, Set<String> symbols) {
        return new RiskProfile(new BigDecimal(perTrade), new BigDecimal(exposure), symbols);
    }
}
