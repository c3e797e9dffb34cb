package dev.osprey.app.ui.dashboard;

/**
 * One dashboard tile's content: a headline value and a line of detail, and how worried the trader should be.
 *
 * @param id tile id ("tile-" + id on screen)
 */
public record Figure(String id, String title, String value, String detail, Level level) {
    public enum Level {
        OK,
        WARN,
        ALERT
    }
}
