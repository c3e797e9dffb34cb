package dev.osprey.app.install;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * Help &gt; About: version, package version, build time and commit, the Java runtime and the data directory. The
 * text is selectable so that it can be pasted into a bug report.
 */
final class AboutDialog {
    private AboutDialog() {
    }

    static Alert create(Window owner, BuildInfo build, DataDir data) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        about.initOwner(owner);
        about.setTitle("About Osprey");
        about.setHeaderText("Osprey " + build.version() + "\nTrader workstation: paper and live trading with an OMS, "
                + "pre-trade risk and an emergency stop.");
        TextArea facts = new TextArea(String.join("\n", build.lines()) + "\nData directory: " + data.root());
        facts.setId("about-facts");
        facts.setEditable(false);
        facts.setWrapText(true);
        facts.setPrefRowCount(7);
        facts.setPrefColumnCount(64);
        about.getDialogPane().setContent(facts);
        Dialogs.theme(about, owner);
        return about;
    }
}
