package dev.osprey.binance;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Pure mapping from what Binance or the network answered to an {@link ApiErrorKind}. */
final class ApiErrors {
    private ApiErrors() {
    }

    static ApiErrorKind classify(int httpStatus, int code, String msg) {
        if (httpStatus == 429) {
            return ApiErrorKind.RATE_LIMITED;
        }
        if (httpStatus == 418) {
            return ApiErrorKind.IP_BANNED;
        }
        if (httpStatus >= 500) {
            return ApiErrorKind.SERVER_ERROR;
        }
        return switch (code) {
            case -1021 -> ApiErrorKind.CLOCK_SKEW;
            case -1022, -2014, -2015 -> ApiErrorKind.BAD_CREDENTIALS;
            case -1013 -> ApiErrorKind.FILTER_FAILURE;
            case -2011, -2013 -> ApiErrorKind.UNKNOWN_ORDER;
            case -2010 -> msg != null && msg.toLowerCase(Locale.ROOT).contains("insufficient balance")
                    ? ApiErrorKind.INSUFFICIENT_BALANCE : ApiErrorKind.ORDER_REJECTED;
            // "Unknown error" and "Timeout waiting for response from backend server": execution status unknown.
            case -1000, -1006, -1007 -> ApiErrorKind.SERVER_ERROR;
            case -1003 -> ApiErrorKind.RATE_LIMITED;
            default -> ApiErrorKind.BAD_REQUEST;
        };
    }

    /** XChange's refusals carry Binance's answer; for transport failures, whether the request can have reached Binance decides between NOT_SENT and unknown. */
    static BinanceApiException fromThrowable(Throwable t) {
        Throwable e = unwrap(t);
        if (e instanceof BinanceApiException b) {
            return b;
        }
        VenueAnswer answer = VenueAnswer.of(e);
        if (answer != null) {
            return answer.toException();
        }
        if (e instanceof SocketTimeoutException && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
            return BinanceApiException.local(ApiErrorKind.NOT_SENT, "could not connect within the timeout");
        }
        if (e instanceof HttpTimeoutException || e instanceof SocketTimeoutException) {
            return BinanceApiException.local(ApiErrorKind.TIMEOUT, "no answer within the request timeout");
        }
        if (e instanceof ConnectException) {
            return BinanceApiException.local(ApiErrorKind.NOT_SENT, "could not connect: " + e.getMessage());
        }
        if (e instanceof IOException) {
            return BinanceApiException.local(ApiErrorKind.NETWORK, "connection failed: " + e.getMessage());
        }
        return BinanceApiException.local(ApiErrorKind.NETWORK, "unexpected failure: " + e);
    }

    static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
