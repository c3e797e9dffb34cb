package dev.osprey.core.mode;

import dev.osprey.core.audit.AuditKind;
import dev.osprey.core.audit.AuditRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static dev.osprey.core.mode.Records.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModeSwitchTest {
    private final AtomicLong clock = new AtomicLong(Records.START + 10 * DAY);
    private final ModeSwitch modes = new ModeSwitch(LiveStages.defaults(), clock::get);
    private final List<ModeChange> heard = new ArrayList<>();

    ModeSwitchTest() {
        modes.addListener(heard::add);
    }

    private ValidationReport passingSince(long startMs) {
        return ValidationReport.evaluate(Records.passing(startMs), Records.rehearsal());
    }

    private ValidationReport passingNow() {
        return passingSince(clock.get());
    }

    private void goLive() {
        assertTrue(modes.goLive(passingSince(Records.START), "ana", "paper passed").isChanged());
    }

    @Test
    void whenGoingLiveWithAFailingReport_thenRefused_andEachFailingCriterionIsNamed() {
        // Arrange
        ValidationReport failing = ValidationReport.evaluate(Records.failing(Records.START),
                ValidationCriteria.defaults());

        // Act
        SwitchOutcome out = modes.request(TradingMode.LIVE_MINIMAL, failing, "ana", "ready?");

        // Assert
        assertEquals(SwitchRefusal.REPORT_FAILING, out.refusal());
        assertEquals(TradingMode.PAPER, modes.mode());
        Set<Criterion> named = out.failing().stream().map(CriterionResult::criterion).collect(Collectors.toSet());
        assertEquals(Set.of(Criterion.DURATION, Criterion.WIN_RATE, Criterion.SHARPE, Criterion.MAX_DRAWDOWN,
                Criterion.PROFIT_FACTOR, Criterion.TRADES, Criterion.UNRESOLVED_ERRORS), named);
        for (Criterion c : named) {
            assertTrue(out.text().contains(c.key() + ": "), c + " missing from: " + out.text());
        }
        assertTrue(heard.isEmpty());
    }

    @Test
    void whenGoingLiveWithAPassingReport_thenLiveMinimal_andTheChangeIsAnAuditedEvent() {
        // Act
        SwitchOutcome out = modes.request(TradingMode.LIVE_MINIMAL, passingSince(Records.START), "ana",
                "paper passed");

        // Assert
        assertTrue(out.isChanged(), out.text());
        assertEquals(TradingMode.LIVE_MINIMAL, modes.mode());
        assertEquals(0, modes.stage());
        ModeChange c = heard.get(0);
        assertEquals(new ModeChange(TradingMode.PAPER, -1, TradingMode.LIVE_MINIMAL, 0, "ana", "paper passed",
                clock.get(), false), c);
        AuditRecord audit = c.toAuditRecord();
        assertEquals(AuditKind.MODE_CHANGE, audit.kind());
        assertEquals("ana", audit.actor());
        assertEquals(List.of(c), modes.history());
        assertEquals(Set.of("BTCUSDT"), modes.riskProfile().symbols());
    }

    @Test
    void whenScalingUp_thenEachStageWaitsForItsDaysSinceTheLastScale() {
        // Arrange
        goLive();

        // Act / Assert: stage 1 after 14 days at stage 0
        clock.addAndGet(13 * DAY);
        SwitchOutcome early = modes.scaleUp(passingSince(clock.get() - 13 * DAY), "ana", "two weeks");
        assertEquals(SwitchRefusal.TOO_SOON_TO_SCALE, early.refusal());
        assertTrue(early.detail().contains("13.0 days at stage 0, 14 needed"), early.detail());
        clock.addAndGet(DAY);
        SwitchOutcome first = modes.request(TradingMode.LIVE_SCALED, passingSince(clock.get() - 14 * DAY), "ana",
                "two weeks");
        assertTrue(first.isChanged(), first.text());
        assertEquals(TradingMode.LIVE_SCALED, modes.mode());
        assertEquals(1, modes.stage());

        // stage 2 counts 30 days from the last scale, not from going live
        clock.addAndGet(29 * DAY);
        assertEquals(SwitchRefusal.TOO_SOON_TO_SCALE,
                modes.scaleUp(passingSince(clock.get() - 29 * DAY), "ana", "a month").refusal());
        clock.addAndGet(DAY);
        assertTrue(modes.scaleUp(passingSince(clock.get() - 30 * DAY), "ana", "a month").isChanged());
        assertEquals(2, modes.stage());
        assertEquals(Set.of("BTCUSDT", "ETHUSDT", "BNBUSDT"), modes.riskProfile().symbols());
        assertEquals(SwitchRefusal.NO_HIGHER_STAGE, modes.scaleUp(passingNow(), "ana", "more").refusal());
    }

    @Test
    void whenTheScaleUpReportReachesBackBeforeTheStage_thenRefused() {
        // Arrange
        goLive();
        clock.addAndGet(20 * DAY);

        // Act: a report starting before going live mixes paper into the live record
        SwitchOutcome out = modes.scaleUp(passingSince(Records.START), "ana", "scale");

        // Assert
        assertEquals(SwitchRefusal.REPORT_NOT_FOR_STAGE, out.refusal());
        assertEquals(0, modes.stage());
    }

    @Test
    void whenTheRollingReportDegrades_thenTheDeskStepsDownOneStageByItself() {
        // Arrange: at stage 1
        goLive();
        clock.addAndGet(14 * DAY);
        modes.scaleUp(passingSince(clock.get() - 14 * DAY), "ana", "two weeks");
        TradeRecord bad = new TradeRecord(Records.fiveTrades(), Records.failing(clock.get()).equity(), 0);
        ValidationReport rolling = ValidationReport.evaluate(bad, ValidationCriteria.defaults()
                .withMinDays(1).withMinTrades(5));

        // Act
        SwitchOutcome first = modes.review(rolling);
        SwitchOutcome second = modes.review(rolling);

        // Assert: stage 1 -> LIVE_MINIMAL -> PAPER, each automatic, by the system, naming the drawdown
        assertTrue(first.isChanged());
        ModeChange down = first.change();
        assertEquals(TradingMode.LIVE_MINIMAL, down.to());
        assertEquals(0, down.toStage());
        assertTrue(down.automatic());
        assertEquals("system", down.who());
        assertTrue(down.why().contains("max_drawdown_pct"), down.why());
        assertEquals(TradingMode.PAPER, second.change().to());
    }

    @Test
    void whenTheRollingReportOnlyLacksTrades_thenNothingChanges() {
        // Arrange: a quiet week, no losses, no drawdown
        goLive();
        TradeRecord quiet = new TradeRecord(List.of(), Records.fourDays(clock.get()), 0);

        // Act
        SwitchOutcome out = modes.review(ValidationReport.evaluate(quiet, ValidationCriteria.defaults()));

        // Assert
        assertFalse(out.isChanged());
        assertFalse(out.isRefused());
        assertEquals(TradingMode.LIVE_MINIMAL, modes.mode());
    }

    @Test
    void whenAMoveIsIllegal_thenItIsRefusedWithItsOwnReason() {
        assertEquals(SwitchRefusal.ILLEGAL_TRANSITION,
                modes.request(TradingMode.LIVE_SCALED, passingNow(), "ana", "skip a step").refusal());
        assertEquals(SwitchRefusal.ALREADY_IN_MODE, modes.request(TradingMode.PAPER, null, "ana", "x").refusal());
        assertEquals(SwitchRefusal.NOT_LIVE, modes.scaleUp(passingNow(), "ana", "x").refusal());
        assertEquals(SwitchRefusal.NOT_STOPPED, modes.rearm("ana", "x").refusal());
        assertEquals(SwitchRefusal.WHO_AND_WHY_REQUIRED, modes.goLive(passingSince(Records.START), "ana", " ")
                .refusal());
        assertEquals(TradingMode.PAPER, modes.mode());
        assertTrue(heard.isEmpty());
    }

    @Test
    void whenStopped_thenOnlyARearmLeaves_andItLeadsToPaper() {
        // Arrange
        goLive();

        // Act
        SwitchOutcome stop = modes.request(TradingMode.EMERGENCY_STOP, null, "ana", "venue misbehaving");
        SwitchOutcome again = modes.emergencyStop("bob", "");
        SwitchOutcome backToLive = modes.request(TradingMode.LIVE_MINIMAL, passingNow(), "ana", "resume");
        SwitchOutcome toPaper = modes.request(TradingMode.PAPER, null, "ana", "resume");
        SwitchOutcome rearm = modes.rearm("ana", "venue fixed");

        // Assert
        assertTrue(stop.isChanged());
        assertFalse(again.isChanged());
        assertFalse(again.isRefused(), "a second stop is no error");
        assertEquals(SwitchRefusal.REARM_REQUIRED, backToLive.refusal());
        assertEquals(SwitchRefusal.REARM_REQUIRED, toPaper.refusal());
        assertEquals(TradingMode.PAPER, rearm.change().to());
        assertEquals(List.of(TradingMode.LIVE_MINIMAL, TradingMode.EMERGENCY_STOP, TradingMode.PAPER),
                heard.stream().map(ModeChange::to).toList());
    }

    @Test
    void whenLiveTraderStepsBack_thenLoweringRiskNeedsNoReport() {
        // Arrange
        goLive();
        clock.addAndGet(14 * DAY);
        modes.scaleUp(passingSince(clock.get() - 14 * DAY), "ana", "two weeks");

        // Act
        SwitchOutcome minimal = modes.request(TradingMode.LIVE_MINIMAL, null, "ana", "volatile week");
        SwitchOutcome paper = modes.request(TradingMode.PAPER, null, "ana", "holiday");

        // Assert
        assertEquals(0, minimal.change().toStage());
        assertEquals(TradingMode.PAPER, paper.change().to());
    }
}
