package dev.osprey.binance;

/**
 * The key the venue signs with now. Starts as the config's and is replaced when the trader rotates the key, so a
 * running venue signs its next request with the new key; empty while no key is configured.
 */
final class CredentialSlot {
    private volatile BinanceCredentials current;

    CredentialSlot(BinanceCredentials initial) {
        this.current = initial;
    }

    /** The key to sign with, or null when there is none. */
    BinanceCredentials current() {
        return current;
    }

    boolean present() {
        return current != null;
    }

    void replace(BinanceCredentials next) {
        current = next;
    }
}
