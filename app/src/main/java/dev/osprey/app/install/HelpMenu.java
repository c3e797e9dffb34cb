package dev.osprey.app.install;

import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;

/**
 * The window's Help menu (About, First-run tips), put above whatever the scene shows. On macOS it goes into the
 * system menu bar.
 */
public final class HelpMenu {
    private HelpMenu() {
    }

    public static MenuBar attach(Scene scene, BuildInfo build, DataDir data) {
        MenuItem tips = new MenuItem("First-run tips");
        tips.setId("menu-tips");
        tips.setOnAction(e -> FirstRunTips.create(scene.getWindow(), data).show());
        MenuItem about = new MenuItem("About Osprey");
        about.setId("menu-about");
        about.setOnAction(e -> AboutDialog.create(scene.getWindow(), build, data).show());
        Menu help = new Menu("Help", null, tips, about);
        help.setId("menu-help");
        MenuBar bar = new MenuBar(help);
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);

        Parent content = scene.getRoot();
        // a node is either a scene's root or another node's child: free it before it moves under the menu
        scene.setRoot(new Group());
        BorderPane withMenu = new BorderPane(content);
        withMenu.setTop(bar);
        scene.setRoot(withMenu);
        return bar;
    }
}
