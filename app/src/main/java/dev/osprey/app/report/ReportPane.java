package dev.osprey.app.report;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.core.report.ReportPeriod;
import dev.osprey.core.report.TradingReport;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The window's report form: period, dates and output folder; Generate runs {@link ReportJob} as a Task on its own
 * thread with a progress indicator, and the FX thread only shows the outcome.
 */
public final class ReportPane extends VBox {
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "report");
        t.setDaemon(true);
        return t;
    });

    private final OspreyConfig config;
    private final Path journal;
    private final ChoiceBox<String> period = new ChoiceBox<>();
    private final DatePicker date = new DatePicker(LocalDate.now(ZoneOffset.UTC));
    private final DatePicker from = new DatePicker(LocalDate.now(ZoneOffset.UTC).minusDays(6));
    private final DatePicker to = new DatePicker(LocalDate.now(ZoneOffset.UTC));
    private final TextField out = new TextField();
    private final Button generate = new Button("Generate");
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = new Label();

    /** {@code journal}: the journal folder to read; reports go to {@code defaultOut} unless the trader changes it. */
    public ReportPane(OspreyConfig config, Path journal, Path defaultOut) {
        super(10);
        this.config = config;
        this.journal = journal;
        period.getItems().setAll(List.of("daily", "weekly", "monthly", "custom"));
        period.setValue("daily");
        out.setText(defaultOut.toString());
        out.setPrefColumnCount(32);
        progress.setVisible(false);
        progress.setPrefSize(22, 22);
        ids();
        period.valueProperty().addListener((o, was, now) -> enableDates());
        enableDates();
        generate.setDefaultButton(true);
        generate.setOnAction(e -> start());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Period"), period);
        form.addRow(1, new Label("Date (UTC)"), date);
        form.addRow(2, new Label("From / to"), new HBox(6, from, to));
        form.addRow(3, new Label("Write to"), out);
        getChildren().setAll(form, new HBox(10, generate, progress, status));
        setPadding(new Insets(12));
    }

    private void ids() {
        period.setId("report-period");
        date.setId("report-date");
        from.setId("report-from");
        to.setId("report-to");
        out.setId("report-out");
        generate.setId("report-generate");
        progress.setId("report-progress");
        status.setId("report-status");
    }

    private void enableDates() {
        boolean custom = "custom".equals(period.getValue());
        date.setDisable(custom);
        from.setDisable(!custom);
        to.setDisable(!custom);
    }

    private void start() {
        ReportPeriod p;
        try {
            p = ReportPeriods.parse(period.getValue(), text(date), text(from), text(to));
        } catch (ReportException e) {
            status.setText(e.getMessage());
            return;
        }
        Path target = Path.of(out.getText().trim());
        Task<ReportJob.Result> task = new Task<>() {
            @Override
            protected ReportJob.Result call() throws Exception {
                return ReportJob.run(config, journal, p, target);
            }
        };
        task.setOnSucceeded(e -> finished(done(task.getValue(), target)));
        task.setOnFailed(e -> finished("Report failed: " + task.getException().getMessage()));
        generate.setDisable(true);
        progress.setVisible(true);
        status.setText("Reading the journal…");
        WORKER.execute(task);
    }

    private static String done(ReportJob.Result r, Path target) {
        TradingReport t = r.report();
        return "Wrote " + r.files().size() + " files to " + target + " — " + t.trades().size() + " trades, net P&L "
                + t.netPnl().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private void finished(String text) {
        progress.setVisible(false);
        generate.setDisable(false);
        status.setText(text);
    }

    private static String text(DatePicker picker) {
        return picker.getValue() == null ? null : picker.getValue().toString();
    }
}
