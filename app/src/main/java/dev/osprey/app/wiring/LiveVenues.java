package dev.osprey.app.wiring;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.keys.ApiKey;
import dev.osprey.app.keys.KeyVault;
import dev.osprey.binance.BinanceConfig;
import dev.osprey.binance.BinanceCredentials;
import dev.osprey.binance.BinanceVenue;
import dev.osprey.core.instrument.Instrument;

/**
 * The live venue the config names, with its key from the vault. The vault's key for the venue's name
 * ({@code binance} or {@code binance-testnet}) is used at start, and a key stored or removed later reaches the
 * running venue at once (rotation without restart).
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
        BinanceVenue venue = BinanceVenue.create(b.build());
        if (vault != null) {
            vault.onChange((changed, key) -> {
                if (changed.equals(name)) {
                    venue.useCredentials(key.map(LiveVenues::credentials).orElse(null));
                }
            });
        }
        return venue;
    }

    /** The name the venue's key is stored under: testnet keys are not mainnet keys. */
    static String vaultName(BinanceConfig config) {
        return config.endpoints().isTestnet() ? "binance-testnet" : "binance";
    }

    private static BinanceCredentials credentials(ApiKey key) {
        return BinanceCredentials.hmac(key.key(), key.secret());
    }
}
