package dev.osprey.app.keys;

/** The key vault cannot be read or written. Messages name the file and the problem, never key material. */
public class KeyVaultException extends Exception {
    public KeyVaultException(String message) {
        super(message);
    }
}
