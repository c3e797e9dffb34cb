package dev.osprey.app.ui;

import dev.osprey.core.strategy.MaCrossConfig;
import dev.osprey.core.strategy.MovingAverageCross;
import dev.osprey.core.strategy.StrategyExecutor;
import dev.osprey.core.strategy.StrategyStatus;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.List;

/**
 * Start, stop and list strategies. A started MA cross trades through the engine like the ticket: its orders pass
 * the gate, the breaker and pre-trade risk and show in the blotter ("stg-" ids). Bad settings are refused with the
 * reason and start nothing.
 */
final class StrategiesView extends VBox {
    private final StrategyExecutor executor;
    private final BigDecimal capital;
    private final ChoiceBox<String> symbol = new ChoiceBox<>();
    private final TextField fast = new TextField("20");
    private final TextField slow = new TextField("50");
    private final TextField size = new TextField("0.95");
    private final Label status = new Label();
    private final TableView<StrategyStatus> table = new TableView<>();
    private List<StrategyStatus> shown = List.of();

    StrategiesView(StrategyExecutor executor, List<String> symbols, String defaultSymbol, BigDecimal capital) {
        this.executor = executor;
        this.capital = capital;
        symbol.setId("strategy-symbol");
        symbol.getItems().setAll(symbols);
        symbol.setValue(defaultSymbol);
        fast.setId("strategy-fast");
        slow.setId("strategy-slow");
        size.setId("strategy-size");
        for (TextField f : new TextField[] {fast, slow, size}) {
            f.setPrefColumnCount(5);
        }
        Button start = new Button("Start MA cross");
        start.setId("strategy-start");
        start.setOnAction(e -> start());
        Button stop = new Button("Stop selected");
        stop.setId("strategy-stop");
        stop.setOnAction(e -> stopSelected());
        status.setId("strategy-status");
        HBox form = new HBox(8, new Label("Symbol"), symbol, new Label("Fast"), fast, new Label("Slow"), slow,
                new Label("Size of cash"), size, start, stop);
        form.getStyleClass().add("blotter-actions");
        table.setId("strategies");
        table.setPlaceholder(new Label("No strategy started this session"));
        table.getColumns().add(Columns.text("Name", 150, StrategyStatus::name));
        table.getColumns().add(Columns.text("Strategy", 220, StrategyStatus::description));
        table.getColumns().add(Columns.text("State", 80, s -> s.state().name()));
        table.getColumns().add(Columns.text("Orders", 60, s -> Integer.toString(s.ordersSent())));
        table.getColumns().add(Columns.text("Trades", 60, s -> Integer.toString(s.trades())));
        table.getColumns().add(Columns.text("Net P&L", 90, s -> Fmt.pnl(s.netPnl())));
        table.getColumns().add(Columns.text("Last signal", 200, s -> s.lastSignal() == null ? ""
                : s.lastSignal().side() + " " + Fmt.num(s.lastSignal().qty()) + " " + s.lastSignal().symbol()));
        table.getColumns().add(Columns.text("Last error", 240, StrategyStatus::lastError));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(form, status, table);
    }

    /** Each pulse with a new snapshot: the executor's list, redrawn only when it changed. */
    void render() {
        List<StrategyStatus> now = executor.list();
        if (!now.equals(shown)) {
            shown = now;
            StrategyStatus selected = table.getSelectionModel().getSelectedItem();
            table.getItems().setAll(now);
            if (selected != null) {
                now.stream().filter(s -> s.name().equals(selected.name())).findFirst()
                        .ifPresent(s -> table.getSelectionModel().select(s));
            }
        }
    }

    private void start() {
        try {
            MaCrossConfig c = new MaCrossConfig(symbol.getValue(), Integer.parseInt(fast.getText().trim()),
                    Integer.parseInt(slow.getText().trim()), new BigDecimal(size.getText().trim()));
            String name = "ma-" + c.symbol() + "-" + c.fastPeriod() + "-" + c.slowPeriod();
            executor.start(name, new MovingAverageCross(c), capital);
            status.setText("Started " + name + " with " + Fmt.num(capital) + " of its own capital");
            render();
        } catch (NumberFormatException e) {
            status.setText("Not started: fast and slow are whole numbers of candles, size a fraction such as 0.5");
        } catch (IllegalArgumentException e) {
            status.setText("Not started: " + e.getMessage());
        }
    }

    private void stopSelected() {
        StrategyStatus s = table.getSelectionModel().getSelectedItem();
        if (s == null) {
            status.setText("Select a strategy to stop");
            return;
        }
        if (s.state() == StrategyStatus.State.STOPPED) {
            status.setText(s.name() + " is already stopped");
            return;
        }
        executor.stop(s.name(), "stopped from the window");
        status.setText("Stopped " + s.name() + "; its working orders are cancelled, its position stays");
        render();
    }
}
