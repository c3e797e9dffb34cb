package dev.osprey.app.ui;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.ui.dashboard.DashboardView;
import dev.osprey.app.ui.keys.HelpOverlay;
import dev.osprey.app.ui.keys.Hotkeys;
import dev.osprey.app.ui.layout.Appearance;
import dev.osprey.app.ui.layout.DeskLayout;
import dev.osprey.app.ui.layout.LayoutFile;
import dev.osprey.app.ui.layout.LayoutState;
import dev.osprey.app.ui.layout.PaneDock;
import dev.osprey.core.breaker.BreakerConfig;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

import java.util.List;

/**
 * What surrounds the trading panes: the dashboard beside them, the arrangement kept in the data directory, theme
 * and font size, the window's hotkeys and their help overlay.
 */
final class DeskChrome {
    private final DashboardView dashboard;
    private final LayoutFile file;
    private final StackPane root = new StackPane();
    private final LayoutState initial;
    private DeskLayout layout;
    private HelpOverlay help;
    private Scene scene;

    /** {@code file}: where the layout is kept; null keeps nothing (tests, smoke runs). */
    DeskChrome(OspreyConfig config, BreakerConfig breakers, LayoutFile file) {
        this.file = file;
        this.dashboard = new DashboardView(config.mode(), config.ui().staleFeedMs(), breakers);
        LayoutState defaults = LayoutState.defaults(config.ui().theme(), config.ui().fontScale());
        this.initial = file == null ? defaults : file.load().orElse(defaults);
    }

    /** The trading panes in the areas the trader left them in, with the dashboard beside them, as saved. */
    Node wrap(List<PaneDock.Panel> panels) {
        layout = new DeskLayout(new PaneDock(panels, initial.docks()), dashboard, initial);
        return layout.node();
    }

    PaneDock dock() {
        return layout.dock();
    }

    /** The scene's content: the window and, over it, the hotkey help. */
    Parent root(Parent window) {
        root.getChildren().setAll(window);
        return root;
    }

    void install(Scene s, Hotkeys keys) {
        this.scene = s;
        help = new HelpOverlay(keys.add("F1", "Help", "Show or hide this list of shortcuts", this::toggleHelp).all());
        root.getChildren().add(help);
        keys.install(s);
        layout.restore(root);
        showAppearance();
    }

    DashboardView dashboard() {
        return dashboard;
    }

    LayoutState state() {
        return layout.state();
    }

    void toggleHelp() {
        help.toggle();
    }

    void toggleTheme() {
        layout.update(layout.state().withTheme("dark".equals(layout.state().theme()) ? "light" : "dark"));
        showAppearance();
        save();
    }

    /** {@code steps} tenths larger (negative: smaller); 0 resets to the normal size. */
    void fontSteps(int steps) {
        LayoutState s = layout.state();
        layout.update(steps == 0 ? s.withFontScale(1.0) : s.withFontSteps(steps));
        showAppearance();
        save();
    }

    void cycleDashboard() {
        layout.cycleDashboard();
        save();
    }

    /** Keeps the arrangement as it is on screen now. */
    void save() {
        if (file != null) {
            file.save(layout.capture());
        }
    }

    private void showAppearance() {
        Appearance.apply(scene, root, layout.state());
        dashboard.colours("light".equals(layout.state().theme()) ? DashboardView.TileColours.LIGHT
                : DashboardView.TileColours.DARK);
    }
}
