package dev.osprey.paper;

import dev.osprey.core.instrument.Instrument;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * The engine and the paper venue together under random commands and random markets. Many seeds; a failure names
 * its seed, which replays it exactly: {@code mvn -pl adapters/paper test -Dtest=OmsPaperPropertyTest
 * -Dosprey.seed=N -Dpaper.excludedGroups=}. {@code -Dosprey.seeds=N} runs more seeds. Left out of the build until
 * the core fixes named in {@link EngineVenueRaceTest} land: without them it fails at once (seed 1).
 */
class OmsPaperPropertyTest {
    private static final int STEPS = 300;
    private static final int QUIET_EVERY = 50;
    private static final Instrument BTCUSDT = new Instrument(SyntheticMarket.SYMBOL, "BTC", "USDT",
            new BigDecimal("0.01"), new BigDecimal("0.001"), new BigDecimal("0.001"), new BigDecimal("1000"),
            new BigDecimal("5"));
    private static final BigDecimal OPENING_BTC = new BigDecimal("50");

    @Test
    void whenRandomCommandsMeetRandomMarkets_thenTheInvariantsHoldAfterEveryStep() {
        String one = System.getProperty("osprey.seed");
        long[] seeds = one != null ? new long[] {Long.parseLong(one)}
                : LongStream.rangeClosed(1, Long.getLong("osprey.seeds", 200)).toArray();
        for (long seed : seeds) {
            play(seed);
        }
    }

    /**
     * Lets market time run on until nothing is in flight. Each second is long enough for every request and report
     * to land, but time passing can itself send something (a GTD expiry's cancel), hence a few rounds.
     */
    private static void settle(SyncDesk desk, SyntheticMarket market) {
        for (int round = 0; round < 5 && (round == 0 || !desk.matcher.isQuiet()); round++) {
            desk.market(market.quiet(1_000));
        }
    }

    private static void play(long seed) {
        Random random = new Random(seed);
        PaperLatency latency = random.nextBoolean() ? PaperLatency.NONE
                : new PaperLatency(random.nextInt(30), random.nextInt(30), random.nextInt(20));
        PaperAccountConfig account = new PaperAccountConfig(new BigDecimal("2"), new BigDecimal("10"),
                Map.of("USDT", new BigDecimal("1000000"), "BTC", OPENING_BTC), latency);
        SyncDesk desk = new SyncDesk(account, List.of(BTCUSDT));
        SyntheticMarket market = new SyntheticMarket(random, 1_700_000_000_000L);
        RandomTrader trader = new RandomTrader(random, desk, market);
        DeskInvariants invariants = new DeskInvariants(desk, SyntheticMarket.SYMBOL, "BTC", OPENING_BTC);
        desk.market(market.snapshot());
        int step = 0;
        try {
            for (step = 1; step <= STEPS; step++) {
                trader.step();
                invariants.afterStep(trader.ids());
                if (step % QUIET_EVERY == 0) {
                    settle(desk, market);
                    invariants.afterStep(trader.ids());
                    invariants.whenQuiet();
                }
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("seed " + seed + " (" + latency + "), step " + step + ": " + e.getMessage()
                    + "\n last actions:" + trader.lastActions(), e);
        }
    }
}
