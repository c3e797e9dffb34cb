package dev.osprey.app.ui;

import dev.osprey.app.wiring.Desk;
import dev.osprey.app.wiring.ValidationSource;
import dev.osprey.core.mode.ClosedTrade;
import dev.osprey.core.mode.Criterion;
import dev.osprey.core.mode.EquityPoint;
import dev.osprey.core.mode.TradeRecord;
import dev.osprey.core.mode.TradingMode;
import dev.osprey.core.mode.ValidationCriteria;
import dev.osprey.core.mode.ValidationReport;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mode-switch dialog shows the validation report; the engine refuses a failing one and takes a passing one. */
class ModeSwitchFxTest extends WorkstationFxTest {
    private static final String PASSING = "rehearsed record (8 days, 12 trades)";
    private static final long DAY = 86_400_000L;
    private static final long START = 1_704_110_400_000L;

    /** The desk's own records (none yet: it fails everything) and a rehearsed record that passes every criterion. */
    @Override
    ValidationSource validationSource(Desk desk) {
        ValidationSource own = desk.validationSource();
        return new ValidationSource() {
            @Override
            public List<String> records() {
                List<String> all = new ArrayList<>(own.records());
                all.add(PASSING);
                return all;
            }

            @Override
            public ValidationReport report(String record) {
                return PASSING.equals(record) ? ValidationReport.evaluate(passingRecord(),
                        ValidationCriteria.defaults()) : own.report(record);
            }
        };
    }

    /** 8 of 12 trades won (net +30 each against -15), equity up a little every day but one. */
    private static TradeRecord passingRecord() {
        List<ClosedTrade> trades = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            trades.add(new ClosedTrade("BTCUSDT", START + i * DAY / 2, START + i * DAY / 2 + 3_600_000,
                    new BigDecimal("0.01"), new BigDecimal("40000"), new BigDecimal("40000"),
                    new BigDecimal(i % 3 == 2 ? "-14" : "31"), BigDecimal.ONE));
        }
        String[] equity = {"1000", "1020", "1035", "1030", "1050", "1065", "1080", "1090", "1105"};
        List<EquityPoint> curve = new ArrayList<>();
        for (int d = 0; d < equity.length; d++) {
            curve.add(new EquityPoint(START + d * DAY, new BigDecimal(equity[d])));
        }
        return new TradeRecord(trades, curve, 0);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void whenGoingLiveOnAFailingRecord_thenTheDialogShowsEachFailure_andTheEngineRefuses(FxRobot robot)
            throws Exception {
        harness.awaitSettledBook();
        robot.clickOn("#mode-button");

        assertEquals(TradingMode.LIVE_MINIMAL, robot.lookup("#mode-target").queryAs(ComboBox.class).getValue());
        for (Criterion c : List.of(Criterion.DURATION, Criterion.WIN_RATE, Criterion.TRADES)) {
            assertEquals("FAIL", text(robot, "#report-" + c.key()), c.key());
        }
        assertTrue(text(robot, "#report-verdict").contains("will be refused"), text(robot, "#report-verdict"));
        assertTrue(robot.lookup("#mode-ok").query().isDisabled(), "live needs the real-money box");
        robot.clickOn("#mode-confirm");
        robot.clickOn("#mode-ok");

        WorkstationHarness.await(() -> !text(robot, "#mode-answer").isEmpty());
        assertTrue(text(robot, "#mode-answer").startsWith("Refused: The validation report does not pass"),
                text(robot, "#mode-answer"));
        assertTrue(text(robot, "#mode-answer").contains("trades"), "says what is missing");
        assertEquals("PAPER", text(robot, "#top-mode"));
        assertEquals("PAPER", text(robot, "#status-mode"));
    }

    @Test
    void whenGoingLiveOnAPassingRecord_thenTheModeIsShownEverywhere_andTheNoteSaysTheVenueIsStillPaper(
            FxRobot robot) throws Exception {
        harness.awaitSettledBook();
        robot.clickOn("#mode-button");
        ComboBox<String> record = robot.lookup("#mode-record").queryAs(ComboBox.class);
        robot.interact(() -> record.setValue(PASSING));

        for (Criterion c : Criterion.values()) {
            assertEquals("pass", text(robot, "#report-" + c.key()), c.key());
        }
        robot.clickOn("#mode-confirm");
        robot.clickOn("#mode-ok");

        WorkstationHarness.await(() -> "LIVE_MINIMAL".equals(text(robot, "#top-mode")));
        assertEquals("LIVE_MINIMAL", text(robot, "#status-mode"));
        assertTrue(robot.lookup("#top-mode").query().getStyleClass().contains("mode-live_minimal"));
        Node root = robot.lookup("#status-bar").query().getParent();
        assertTrue(root.getStyleClass().contains("frame-mode-live_minimal"), root.getStyleClass().toString());
        assertTrue(text(robot, "#mode-venue-note").contains("orders still go to the paper venue"));
        Stage window = (Stage) root.getScene().getWindow();
        assertEquals("Osprey — LIVE_MINIMAL — BTCUSDT", window.getTitle());
    }

    @Test
    void whenTheStopHotkeyIsPressedInTheModeDialog_thenTradingHalts_andTheModeIsEmergencyStop(FxRobot robot)
            throws Exception {
        harness.awaitSettledBook();
        robot.clickOn("#mode-button");
        robot.clickOn("#mode-why");

        robot.type(KeyCode.F12);

        WorkstationHarness.await(() -> robot.lookup("#halted-banner").query().isVisible());
        robot.type(KeyCode.ESCAPE);
        WorkstationHarness.await(() -> "EMERGENCY_STOP".equals(text(robot, "#top-mode")));
    }
}
