package dev.osprey.app.script;

/** A script line that cannot be used: the message names the line and the field. */
public final class ScriptException extends Exception {
    public ScriptException(String message) {
        super(message);
    }
}
