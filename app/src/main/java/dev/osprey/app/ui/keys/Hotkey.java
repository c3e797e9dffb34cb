package dev.osprey.app.ui.keys;

import javafx.scene.input.KeyCombination;

/** One keyboard shortcut: the keys, what a trader reads in the help overlay, and what it does. */
public record Hotkey(KeyCombination keys, String group, String description, Runnable action) {
    public String keysText() {
        return keys.getDisplayText();
    }
}
