package dev.osprey.binance;

import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pure mapping from a refused Binance call to the rejection a trader reads, each cause with its own words. */
final class BinanceRejections {
    private static final Pattern FILTER = Pattern.compile("Filter failure: ([A-Z_]+)");

    private BinanceRejections() {
    }

    static Rejection of(BinanceApiException e) {
        String binance = e.code() != BinanceApiException.NO_CODE
                ? "Binance " + e.code() + ": " + e.venueMessage() : e.venueMessage();
        return switch (e.kind()) {
            case INSUFFICIENT_BALANCE -> new Rejection(RejectReason.INSUFFICIENT_BALANCE, binance);
            case FILTER_FAILURE -> new Rejection(RejectReason.VENUE_REJECTED,
                    "symbol filter " + filterName(e.venueMessage()) + " refused the order (" + binance + ")");
            case UNKNOWN_ORDER -> new Rejection(RejectReason.UNKNOWN_ORDER, binance);
            case ORDER_REJECTED -> duplicate(e) ? new Rejection(RejectReason.DUPLICATE_CLIENT_ID, binance)
                    : new Rejection(RejectReason.VENUE_REJECTED, binance);
            case RATE_LIMITED -> new Rejection(RejectReason.VENUE_REJECTED, "rate limited by Binance (HTTP "
                    + e.httpStatus() + "); sending paused for " + seconds(e.retryAfterMs()));
            case IP_BANNED -> new Rejection(RejectReason.VENUE_REJECTED, "IP banned by Binance (HTTP 418) for "
                    + seconds(e.retryAfterMs()));
            case PAUSED -> new Rejection(RejectReason.VENUE_REJECTED, "not sent: " + e.venueMessage());
            case LOCAL_RATE_LIMIT -> new Rejection(RejectReason.VENUE_REJECTED, "not sent: " + e.venueMessage());
            case BAD_CREDENTIALS -> new Rejection(RejectReason.VENUE_REJECTED,
                    "Binance refused the API key or signature (" + binance + "); trading on Binance is stopped");
            case HALTED -> new Rejection(RejectReason.VENUE_REJECTED, "not sent: " + e.venueMessage());
            case CLOCK_SKEW -> new Rejection(RejectReason.VENUE_REJECTED,
                    "our clock is off from Binance's even after a resync (" + binance + ")");
            case NOT_SENT -> new Rejection(RejectReason.VENUE_REJECTED, "not sent: " + e.venueMessage());
            case BAD_REQUEST -> new Rejection(RejectReason.VENUE_REJECTED, binance);
            case SERVER_ERROR, TIMEOUT, NETWORK -> new Rejection(RejectReason.VENUE_REJECTED,
                    "outcome unknown (" + e.getMessage() + ")");
        };
    }

    /** The filter named in a -1013 message such as "Filter failure: LOT_SIZE", else "(unnamed)". */
    static String filterName(String message) {
        Matcher m = FILTER.matcher(message == null ? "" : message);
        return m.find() ? m.group(1) : "(unnamed)";
    }

    private static boolean duplicate(BinanceApiException e) {
        return e.venueMessage().toLowerCase(java.util.Locale.ROOT).contains("duplicate order");
    }

    private static String seconds(long ms) {
        return ms <= 0 ? "a minute (no Retry-After)" : (ms / 1000) + " s";
    }
}
