package dev.osprey.app.ui;

import dev.osprey.app.wiring.ValidationSource;
import dev.osprey.core.mode.CriterionResult;
import dev.osprey.core.mode.TradingMode;
import dev.osprey.core.mode.ValidationReport;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * Asks for another trading mode. For a live mode it shows the validation report of the chosen paper record, each
 * criterion with its value, threshold, pass/fail and what is missing, and OK needs the real-money box ticked. The
 * dialog only asks: the engine's mode switch decides, and a refusal is shown beside the mode badge.
 */
final class ModeSwitchDialog extends Dialog<ModeSwitchDialog.Answer> {

    record Answer(TradingMode target, ValidationReport report, String why) {
    }

    /** The dialog has its own scene on the default (light) theme, so its colours are set here. */
    private static final String PASS = "-fx-text-fill: #1a7f37;";
    private static final String FAIL = "-fx-text-fill: #cf222e; -fx-font-weight: bold;";

    private final ValidationSource source;
    private final ComboBox<TradingMode> target = new ComboBox<>();
    private final ComboBox<String> record = new ComboBox<>();
    private final GridPane rows = new GridPane();
    private final Label verdict = new Label();
    private final CheckBox confirm = new CheckBox("I understand that a live mode trades real money");
    private ValidationReport report;

    ModeSwitchDialog(TradingMode current, ValidationSource source, boolean paperVenue) {
        this.source = source;
        setTitle("Switch trading mode");
        setHeaderText("Now " + current + ". Going live needs a passing validation report over a paper record."
                + (paperVenue ? "\nThis build has no live venue: a live mode changes the limits and labels,"
                + " orders still go to the paper venue." : ""));
        target.setId("mode-target");
        target.getItems().setAll(TradingMode.PAPER, TradingMode.LIVE_MINIMAL, TradingMode.LIVE_SCALED);
        target.getItems().remove(current);
        target.getSelectionModel().select(current == TradingMode.LIVE_MINIMAL ? TradingMode.LIVE_SCALED
                : TradingMode.LIVE_MINIMAL);
        record.setId("mode-record");
        record.getItems().setAll(source.records());
        record.getSelectionModel().selectFirst();
        rows.setId("report-rows");
        rows.setHgap(12);
        rows.setVgap(4);
        verdict.setId("report-verdict");
        confirm.setId("mode-confirm");
        TextField why = new TextField();
        why.setId("mode-why");
        why.setPromptText("why (kept with the change)");
        record.valueProperty().addListener((o, was, now) -> showReport());
        showReport();
        getDialogPane().setContent(new VBox(8, new Label("Target mode"), target, new Label("Paper record"), record,
                rows, verdict, confirm, new Label("Reason"), why));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).setId("mode-ok");
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> target.getValue() == null || target.getValue().isLive() && !confirm.isSelected(),
                target.valueProperty(), confirm.selectedProperty()));
        setResultConverter(b -> b == ButtonType.OK ? new Answer(target.getValue(),
                target.getValue().isLive() ? report : null,
                why.getText().isBlank() ? "asked from the mode dialog" : why.getText()) : null);
    }

    private void showReport() {
        report = source.report(record.getValue());
        rows.getChildren().clear();
        String[] head = {"Criterion", "Value", "Needs", "Result", "What is missing"};
        for (int c = 0; c < head.length; c++) {
            Label h = new Label(head[c]);
            h.setStyle("-fx-font-weight: bold;");
            rows.add(h, c, 0);
        }
        int r = 1;
        for (CriterionResult cr : report.results()) {
            Label result = new Label(cr.passed() ? "pass" : "FAIL");
            result.setId("report-" + cr.criterion().key());
            result.setStyle(cr.passed() ? PASS : FAIL);
            Label missing = new Label(cr.explanation());
            missing.setWrapText(true);
            missing.setMaxWidth(420);
            rows.addRow(r++, new Label(cr.criterion().label()), new Label(fmt(cr.value())),
                    new Label(cr.criterion().comparison() + " " + fmt(cr.threshold())), result, missing);
        }
        verdict.setText(report.passed() ? "The report passes every criterion."
                : "The report FAILS " + report.failures().size() + " of " + report.results().size()
                + " criteria: the switch to a live mode will be refused.");
        verdict.setStyle(report.passed() ? PASS : FAIL);
    }

    private static String fmt(double v) {
        return Double.isInfinite(v) ? "∞" : String.format(Locale.ROOT, "%.2f", v);
    }
}
