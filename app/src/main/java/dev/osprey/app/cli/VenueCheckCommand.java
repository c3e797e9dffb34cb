package dev.osprey.app.cli;

import dev.osprey.binance.VenueCheck;
import dev.osprey.binance.VenueCheckResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * Checks a live venue end to end (connect, exchangeInfo, book sync, a far-away limit order placed and cancelled,
 * balances) and prints one JSON line with each step's outcome and latency. Keys come from environment variables
 * so they never appear on the command line or in shell history.
 */
@Command(name = "venue-check", mixinStandardHelpOptions = true,
        description = "Check a live venue (testnet or a local fake) step by step; the last line is JSON.")
final class VenueCheckCommand implements Callable<Integer> {

    @Option(names = "--venue", defaultValue = "binance", description = "venue (binance)")
    String venue;

    @Option(names = "--rest-url", required = true, description = "REST base URL")
    String restUrl;

    @Option(names = "--ws-url", required = true, description = "market stream base URL")
    String wsUrl;

    @Option(names = "--ws-api-url", description = "WebSocket API URL (user data); default follows the REST host")
    String wsApiUrl;

    @Option(names = "--api-key-env", description = "name of the environment variable holding the API key")
    String apiKeyEnv;

    @Option(names = "--secret-env", description = "name of the environment variable holding the secret")
    String secretEnv;

    @Override
    public Integer call() {
        if (!"binance".equalsIgnoreCase(venue)) {
            System.err.println("osprey venue-check: unknown venue '" + venue + "' (binance is supported)");
            return 2;
        }
        if ((apiKeyEnv == null) != (secretEnv == null)) {
            System.err.println("osprey venue-check: give both --api-key-env and --secret-env, or neither");
            return 2;
        }
        String key = apiKeyEnv == null ? null : System.getenv(apiKeyEnv);
        String secret = secretEnv == null ? null : System.getenv(secretEnv);
        if (apiKeyEnv != null && (key == null || secret == null)) {
            System.err.println("osprey venue-check: environment variable " + (key == null ? apiKeyEnv : secretEnv)
                    + " is not set");
            return 2;
        }
        VenueCheckResult r = VenueCheck.run(restUrl, wsUrl, wsApiUrl, key, secret == null ? null
                : secret.toCharArray());
        System.out.println(r.toJson());
        return r.ok() ? 0 : 1;
    }
}
