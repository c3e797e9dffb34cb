package dev.osprey.app.ui.start;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What the window shows while a desk starts: the venue being reached, a spinner and Cancel; if the start fails, why,
 * with Retry, paper trading instead, or Quit. The window stays responsive throughout: the start runs elsewhere.
 */
public final class ConnectingView {
    /** What the trader can do after a failed or cancelled start. */
    public interface Choices {
        void retry();

        void paperInstead();

        void quit();
    }

    private final VBox root = new VBox(16);
    private final Label heading = new Label();
    private final Label detail = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final HBox buttons = new HBox(10);

    public ConnectingView(String venue, Runnable cancel) {
        root.setId("connecting");
        root.getStyleClass().add("connecting");
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(32));
        heading.setId("connecting-heading");
        heading.getStyleClass().add("app-title");
        heading.setText("Starting the desk on " + venue + "…");
        detail.setId("connecting-detail");
        detail.setWrapText(true);
        detail.setMaxWidth(560);
        detail.setText("Restoring the journal, reaching the venue and reconciling. Nothing is sent until this is done.");
        spinner.setMaxSize(48, 48);
        Button cancelButton = button("Cancel", "connecting-cancel", cancel);
        buttons.setAlignment(Pos.CENTER);
        buttons.getChildren().setAll(cancelButton);
        root.getChildren().setAll(heading, spinner, detail, buttons);
    }

    public VBox root() {
        return root;
    }

    /** The start failed or was cancelled: says why and offers the ways on. */
    public void failed(String venue, String why, Choices choices) {
        heading.setText("The desk on " + venue + " did not start");
        detail.setText(why);
        detail.getStyleClass().add("connecting-error");
        spinner.setVisible(false);
        spinner.setManaged(false);
        buttons.getChildren().setAll(button("Retry", "connecting-retry", choices::retry),
                button("Paper on recorded data", "connecting-paper", choices::paperInstead),
                button("Quit", "connecting-quit", choices::quit));
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
