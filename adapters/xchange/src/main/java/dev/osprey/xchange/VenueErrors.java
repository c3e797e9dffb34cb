package dev.osprey.xchange;

import dev.osprey.core.order.Rejection;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.knowm.xchange.exceptions.ExchangeSecurityException;
import org.knowm.xchange.exceptions.FundsExceededException;
import org.knowm.xchange.exceptions.InternalServerException;
import org.knowm.xchange.exceptions.RateLimitExceededException;
import si.mazi.rescu.HttpStatusExceptionSupport;
import si.mazi.rescu.HttpStatusIOException;

/**
 * Pure mapping from what XChange throws for Kraken ({@code EOrder:Insufficient funds}, ...) and Coinbase (its JSON
 * {@code message} and HTTP status) to an {@link ErrorKind}. The exception's class is asked first, then the HTTP
 * status, then the venue's words; messages never carry our key or secret (XChange signs, it does not echo).
 */
final class VenueErrors {
    private VenueErrors() {
    }

    static ErrorKind kind(Throwable t) {
        Throwable e = t;
        while (e.getCause() != null && !(e instanceof HttpStatusIOException)
                && !(e instanceof HttpStatusExceptionSupport)) {
            ErrorKind k = byType(e);
            if (k != null) {
                return k;
            }
            e = e.getCause();
        }
        ErrorKind k = byType(e);
        if (k != null) {
            return k;
        }
        int status = e instanceof HttpStatusIOException h ? h.getHttpStatusCode()
                : e instanceof HttpStatusExceptionSupport s ? s.getHttpStatusCode() : 0;
        ErrorKind byWords = byWords(String.valueOf(t.getMessage()) + " " + String.valueOf(e.getMessage()));
        if (byWords != null) {
            return byWords;
        }
        if (status == 404) {
            return ErrorKind.UNKNOWN_ORDER;
        }
        if (status == 429) {
            return ErrorKind.RATE_LIMITED;
        }
        if (status == 401 || status == 403) {
            return ErrorKind.AUTH;
        }
        return status >= 500 ? ErrorKind.OUTCOME_UNKNOWN : ErrorKind.REFUSED;
    }

    private static ErrorKind byType(Throwable e) {
        if (e instanceof UnsupportedTimeInForce) {
            return ErrorKind.TIF_UNSUPPORTED;
        }
        if (e instanceof FundsExceededException) {
            return ErrorKind.INSUFFICIENT_FUNDS;
        }
        if (e instanceof RateLimitExceededException) {
            return ErrorKind.RATE_LIMITED;
        }
        if (e instanceof ExchangeSecurityException) {
            return ErrorKind.AUTH;
        }
        if (e instanceof InternalServerException || e instanceof InterruptedIOException) {
            return ErrorKind.OUTCOME_UNKNOWN; // SocketTimeoutException is an InterruptedIOException
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException) {
            return ErrorKind.NOT_SENT;
        }
        return null;
    }

    private static ErrorKind byWords(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("insufficient funds") || m.contains("insufficient balance")) {
            return ErrorKind.INSUFFICIENT_FUNDS;
        }
        if (m.contains("unknown order") || m.contains("invalid order") || m.contains("notfound")
                || m.contains("not found")) {
            return ErrorKind.UNKNOWN_ORDER;
        }
        if (m.contains("rate limit") || m.contains("temporary lockout") || m.contains("too many requests")) {
            return ErrorKind.RATE_LIMITED;
        }
        if (m.contains("invalid key") || m.contains("invalid signature") || m.contains("invalid nonce")
                || m.contains("permission denied") || m.contains("invalid api key") || m.contains("unauthorized")) {
            return ErrorKind.AUTH;
        }
        if (m.contains("invalid price") || m.contains("arguments:price") || m.contains("price is too")
                || m.contains("tick size")) {
            return ErrorKind.INVALID_PRICE;
        }
        if (m.contains("minimum not met") || m.contains("arguments:volume") || m.contains("size is too")
                || m.contains("invalid volume") || m.contains("cost minimum")) {
            return ErrorKind.INVALID_SIZE;
        }
        if (m.contains("eservice:unavailable") || m.contains("eservice:busy") || m.contains("internal error")
                || m.contains("internal server error")) {
            return ErrorKind.OUTCOME_UNKNOWN;
        }
        return null;
    }

    /** The rejection a trader reads: the kind's own reason and words, then what the venue said. */
    static Rejection rejection(String venue, Throwable t) {
        ErrorKind k = kind(t);
        String said = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return new Rejection(k.reason(), venue + ": " + k.words() + " (" + said + ")");
    }
}
