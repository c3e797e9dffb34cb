package dev.osprey.app.report;

import dev.osprey.app.config.OspreyConfig;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;

/** Reports › Trading report…: opens the report form in its own window, next to the desk. */
public final class ReportMenu {
    private ReportMenu() {
    }

    /** Adds the Reports menu in front of the bar's menus. */
    public static void addTo(MenuBar bar, Window owner, OspreyConfig config, Path journal, Path reports) {
        MenuItem item = new MenuItem("Trading report…");
        item.setId("menu-report");
        item.setOnAction(e -> {
            Stage stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Osprey — trading report");
            stage.setScene(new Scene(new ReportPane(config, journal, reports)));
            stage.show();
        });
        Menu menu = new Menu("Reports", null, item);
        menu.setId("menu-reports");
        bar.getMenus().add(0, menu);
    }
}
