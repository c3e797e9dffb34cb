package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.knowm.xchange.binance.dto.BinanceException;
import si.mazi.rescu.HttpStatusIOException;
import si.mazi.rescu.InvocationResult;

/** What XChange and rescu throw, mapped to what a failed call means for us. */
class XChangeErrorsTest {

    private static BinanceException refusal(int status, int code, String msg, Map<String, List<String>> headers) {
        BinanceException e = new BinanceException(code, msg);
        e.setHttpStatusCode(status);
        e.setResponseHeaders(headers);
        return e;
    }

    @Test
    void when429CarriesRetryAfter_thenRateLimitedWithTheWaitWhateverTheHeaderCase() {
        // Arrange: the JDK's HttpServer sends "Retry-after"; header names are case-insensitive.
        BinanceException e = refusal(429, -1003, "Too many requests.", Map.of("Retry-after", List.of("7")));
        // Act
        BinanceApiException b = ApiErrors.fromThrowable(new CompletionException(e));
        // Assert
        assertEquals(ApiErrorKind.RATE_LIMITED, b.kind());
        assertEquals(7_000, b.retryAfterMs());
        assertEquals("Too many requests.", b.venueMessage());
    }

    @Test
    void whenBinanceRefusesWithACode_thenTheCodeDecidesAndRescusStatusSuffixIsNotInTheText() {
        // Arrange
        BinanceException e = refusal(400, -2010, "Account has insufficient balance for requested action.", null);
        // Act
        BinanceApiException b = ApiErrors.fromThrowable(e);
        // Assert
        assertEquals(ApiErrorKind.INSUFFICIENT_BALANCE, b.kind());
        assertEquals("Account has insufficient balance for requested action.", b.venueMessage());
        assertEquals(400, b.httpStatus());
    }

    @Test
    void whenAProxyAnswers502WithAPage_thenServerErrorAndTheOutcomeIsUnknown() {
        // Arrange
        HttpStatusIOException e = new HttpStatusIOException("HTTP status code was not OK: 502",
                new InvocationResult("<html><body>502 Bad Gateway</body></html>", 502));
        // Act
        BinanceApiException b = ApiErrors.fromThrowable(e);
        // Assert
        assertEquals(ApiErrorKind.SERVER_ERROR, b.kind());
        assertTrue(b.kind().outcomeUnknown());
    }

    @Test
    void whenNoAnswerComesOrNoConnectionOpens_thenTimeoutIsUnknownButAFailedConnectWasNotSent() {
        // Act
        ApiErrorKind read = ApiErrors.fromThrowable(new SocketTimeoutException("Read timed out")).kind();
        ApiErrorKind connect = ApiErrors.fromThrowable(new SocketTimeoutException("Connect timed out")).kind();
        ApiErrorKind refused = ApiErrors.fromThrowable(new ConnectException("Connection refused")).kind();
        // Assert
        assertEquals(ApiErrorKind.TIMEOUT, read);
        assertTrue(read.outcomeUnknown());
        assertEquals(ApiErrorKind.NOT_SENT, connect);
        assertEquals(ApiErrorKind.NOT_SENT, refused);
    }
}
