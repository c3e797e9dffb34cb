package dev.osprey.replay;

/** A capture line that was skipped, where it is and why. */
public record MalformedLine(String source, long lineNumber, String reason) {

    /** The text logged for the user. */
    public String describe() {
        return "skipped malformed line " + lineNumber + " of capture " + source + ": " + reason;
    }
}
