package dev.osprey.app.config;

/** A config file that cannot be used, with a message that names the file and the field. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
