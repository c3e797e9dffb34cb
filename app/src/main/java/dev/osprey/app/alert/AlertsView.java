package dev.osprey.app.alert;

import dev.osprey.app.wiring.Desk;
import dev.osprey.core.alert.Alert;
import dev.osprey.core.alert.Severity;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The in-app side of alerting: on each pulse it takes the alerts waiting for the window, pops up a ControlsFX
 * notification for each (a few per pulse at most, the rest summed up in one) and lists them, newest first, in the
 * Alerts tab. Owns the desk's {@link AlertCenter} for as long as the window is open.
 */
public final class AlertsView {
    static final int POPUPS_PER_PULSE = 3;
    private static final int KEPT = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final AlertCenter center;
    private final ObservableList<Alert> rows = FXCollections.observableArrayList();
    private final TableView<Alert> table = new TableView<>(rows);
    private Node owner;

    public AlertsView(Desk desk) {
        this.center = AlertCenter.start(desk.config(), desk.engine()::latest);
        table.setId("alerts");
        table.setPlaceholder(new javafx.scene.control.Label("No alerts yet"));
        table.getColumns().setAll(List.of(
                column("Time (UTC)", 150, a -> TIME.format(Instant.ofEpochMilli(a.timeMs()))),
                column("Severity", 90, a -> a.severity().name()), column("Alert", 190, Alert::title),
                column("Details", 600, Alert::text)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** The node notifications are shown over (the window's root). */
    public void showOver(Node windowContent) {
        this.owner = windowContent;
    }

    public TableView<Alert> table() {
        return table;
    }

    /** Called once per pulse on the FX thread. */
    public void pulse() {
        List<Alert> fresh = center.inApp().drain(KEPT);
        if (fresh.isEmpty()) {
            return;
        }
        for (Alert a : fresh) {
            rows.add(0, a);
        }
        if (rows.size() > KEPT) {
            rows.remove(KEPT, rows.size());
        }
        if (owner == null || owner.getScene() == null || owner.getScene().getWindow() == null) {
            return;
        }
        int shown = Math.min(POPUPS_PER_PULSE, fresh.size());
        for (int i = fresh.size() - shown; i < fresh.size(); i++) {
            popup(fresh.get(i));
        }
        if (fresh.size() > shown) {
            Notifications.create().owner(owner).position(Pos.BOTTOM_RIGHT).darkStyle().title("Alerts")
                    .text((fresh.size() - shown) + " more alert(s): see the Alerts tab").hideAfter(Duration.seconds(5))
                    .showInformation();
        }
    }

    private void popup(Alert a) {
        Notifications n = Notifications.create().owner(owner).position(Pos.BOTTOM_RIGHT).darkStyle().title(a.title())
                .text(a.text()).hideAfter(Duration.seconds(a.severity() == Severity.CRITICAL ? 30 : 6));
        if (a.severity() == Severity.CRITICAL) {
            n.showError();
        } else if (a.severity() == Severity.WARNING) {
            n.showWarning();
        } else {
            n.showInformation();
        }
    }

    public void close() {
        center.close();
    }

    private static TableColumn<Alert, String> column(String name, double width, Function<Alert, String> value) {
        TableColumn<Alert, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }
}
