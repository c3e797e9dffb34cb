package dev.osprey.app.wiring;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.keys.ApiKey;
import dev.osprey.app.keys.KeyVault;
import dev.osprey.binance.BinanceConfig;
import dev.osprey.binance.BinanceCredentials;
import dev.osprey.binance.BinanceVenue;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.xchange.VenueKeys;
import dev.osprey.xchange.XChangeSource;
import dev.osprey.xchange.XChangeVenue;
import dev.osprey.xchange.XChangeVenues;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The live venue the config names, with its key from the vault under the venue's name ({@code binance},
 * {@code binance-testnet}, {@code kraken}, {@code coinbase}). A key stored or removed later reaches the running
 * venue at once (rotation without restart).
 */
final class LiveVenues {
    private LiveVenues() {
    }

    /** Built, not started; {@code vault} may be null (market data only, order entry refuses). */
    static BinanceVenue binance(OspreyConfig config, KeyVault vault) {
        OspreyConfig.VenueChoice v = config.venue();
        BinanceConfig.Builder b = BinanceConfig.builder().testnet(v.testnet()).restUrl(v.restUrl())
                .marketStreamUrl(v.marketStreamUrl()).webSocketApiUrl(v.webSocketApiUrl())
                .symbols(config.instruments().stream().map(Instrument::symbol).toList());
        String name = vaultName(b.build());
        if (vault != null) {
            vault.key(name).map(LiveVenues::credentials).ifPresent(b::credentials);
        }
        return BinanceVenue.create(b.build());
    }

    /**
     * Kraken or Coinbase through XChange, polled at the interval the venue's private-call budget allows; built, not
     * started. No key in the vault (or no vault): rules and market data only, order entry refuses.
     */
    static XChangeVenue xchange(OspreyConfig config, KeyVault vault) {
        XChangeSource source = XChangeSource.of(config.venue().kind());
        VenueKeys keys = vault == null ? null : vault.key(config.venue().kind()).map(LiveVenues::keys).orElse(null);
        Duration poll = XChangeVenues.suggestedPollInterval(source);
        return XChangeVenues.create(source, config.venue().restUrl(), keys, poll, config.instruments());
    }

    /**
     * Keeps a running Binance venue on the vault's key for it: a key stored or removed reaches it at once (rotation
     * without restart), until the returned action runs.
     */
    static Runnable keepKeyCurrent(KeyVault vault, BinanceVenue venue) {
        return follow(vault, venue.name(), key -> venue.useCredentials(key.map(LiveVenues::credentials).orElse(null)));
    }

    /** The same for Kraken or Coinbase, whose key is stored under the venue kind. */
    static Runnable keepKeyCurrent(KeyVault vault, XChangeVenue venue, OspreyConfig config) {
        return follow(vault, config.venue().kind(), key -> venue.useKeys(key.map(LiveVenues::keys).orElse(null)));
    }

    private static Runnable follow(KeyVault vault, String name, Consumer<Optional<ApiKey>> use) {
        if (vault == null) {
            return () -> { };
        }
        return vault.onChange((changed, key) -> {
            if (changed.equals(name)) {
                use.accept(key);
            }
        });
    }

    /**
     * XChange signs with Strings, so the secret and passphrase become Strings here, held by the venue for its life;
     * the vault's copies handed out for this are wiped.
     */
    private static VenueKeys keys(ApiKey key) {
        char[] secret = key.secret();
        char[] passphrase = key.passphrase();
        try {
            return new VenueKeys(key.key(), new String(secret), passphrase.length == 0 ? null : new String(passphrase));
        } finally {
            Arrays.fill(secret, '\0');
            Arrays.fill(passphrase, '\0');
        }
    }

    /** The name the venue's key is stored under: testnet keys are not mainnet keys. */
    static String vaultName(BinanceConfig config) {
        return config.endpoints().isTestnet() ? "binance-testnet" : "binance";
    }

    private static BinanceCredentials credentials(ApiKey key) {
        return BinanceCredentials.hmac(key.key(), key.secret());
    }
}
