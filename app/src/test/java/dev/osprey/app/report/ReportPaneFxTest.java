package dev.osprey.app.report;

import dev.osprey.app.config.ConfigLoader;
import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.journal.JournalDatabase;
import dev.osprey.core.journal.JournalWriter;
import dev.osprey.core.journal.StateRow;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Side;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class ReportPaneFxTest {
    private Path journal;
    private Path out;

    @Start
    void start(Stage stage) throws Exception {
        Path root = Files.createTempDirectory("osprey-report-ui");
        journal = root.resolve("journal");
        out = root.resolve("reports");
        try (JournalDatabase db = JournalDatabase.open(journal);
             JournalWriter w = JournalWriter.start(db, new JournalCodec())) {
            w.save(new StateRow.FillRow("paper", fill("b1", Side.BUY, "60000", "6", "2024-08-08T10:00:00Z")));
            w.save(new StateRow.FillRow("paper", fill("s1", Side.SELL, "61000", "6.1", "2024-08-08T11:00:00Z")));
        }
        stage.setScene(new Scene(new ReportPane(ConfigLoader.loadDefault(), journal, out)));
        stage.show();
    }

    @Test
    void whenGenerateIsClicked_thenTheReportIsWrittenOffTheFxThread_andItsOutcomeShown(FxRobot robot)
            throws Exception {
        DatePicker date = robot.lookup("#report-date").query();
        robot.interact(() -> date.setValue(LocalDate.of(2024, 8, 8)));

        robot.clickOn("#report-generate");

        Label status = robot.lookup("#report-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("Wrote"));
        WaitForAsyncUtils.waitForFxEvents();
        // One round trip: 0.1 x (61000 - 60000) = 100 gross, less 12.10 fees.
        assertTrue(status.getText().contains("1 trades, net P&L 87.90"), status.getText());
        assertTrue(Files.isRegularFile(out.resolve("daily-2024-08-08.html")));
        assertTrue(Files.isRegularFile(out.resolve("daily-2024-08-08-summary.csv")));
        assertFalse(robot.lookup("#report-progress").queryAs(ProgressIndicator.class).isVisible());
    }

    @Test
    void whenTheJournalIsMissing_thenTheFailureIsShown(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#report-period").queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue("custom"));
        robot.interact(() -> {
            try {
                Files.walk(journal).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });

        robot.clickOn("#report-generate");

        Label status = robot.lookup("#report-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("Report failed"));
        assertTrue(status.getText().contains("no journal in"), status.getText());
    }

    private static Fill fill(String id, Side side, String price, String fee, String time) {
        return new Fill(id, "v-" + id, "t-" + id, "BTCUSDT", side, new BigDecimal(price), new BigDecimal("0.1"),
                new BigDecimal(fee), "USDT", Liquidity.TAKER, Instant.parse(time).toEpochMilli());
    }
}
