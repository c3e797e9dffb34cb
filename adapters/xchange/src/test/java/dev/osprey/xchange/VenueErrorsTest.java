package dev.osprey.xchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.core.order.RejectReason;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import org.knowm.xchange.exceptions.ExchangeException;
import org.knowm.xchange.exceptions.FundsExceededException;

/** Each way Kraken and Coinbase refuse a call gets its own kind, and only 5xx/timeouts leave the outcome open. */
class VenueErrorsTest {

    private static ErrorKind kraken(String error) {
        return VenueErrors.kind(new ExchangeException(error));
    }

    @Test
    void whenKrakenAnswersWithAnErrorCode_thenEachCodeHasItsOwnKind() {
        assertEquals(ErrorKind.INSUFFICIENT_FUNDS, kraken("EOrder:Insufficient funds"));
        assertEquals(ErrorKind.INVALID_PRICE, kraken("EOrder:Invalid price:XBTUSDT price can only be specified up "
                + "to 1 decimals."));
        assertEquals(ErrorKind.INVALID_SIZE, kraken("EOrder:Order minimum not met"));
        assertEquals(ErrorKind.INVALID_SIZE, kraken("EGeneral:Invalid arguments:volume"));
        assertEquals(ErrorKind.UNKNOWN_ORDER, kraken("EOrder:Unknown order"));
        assertEquals(ErrorKind.RATE_LIMITED, kraken("EAPI:Rate limit exceeded"));
        assertEquals(ErrorKind.AUTH, kraken("EAPI:Invalid key"));
        assertEquals(ErrorKind.AUTH, kraken("EAPI:Invalid nonce"));
        assertEquals(ErrorKind.OUTCOME_UNKNOWN, kraken("EService:Unavailable"));
        assertEquals(ErrorKind.REFUSED, kraken("EOrder:Trading agreement required"));
    }

    @Test
    void whenTheCallFailsInTransport_thenOnlyATimeoutLeavesTheOutcomeOpen() {
        assertTrue(VenueErrors.kind(new SocketTimeoutException("Read timed out")).outcomeUnknown());
        assertEquals(ErrorKind.NOT_SENT, VenueErrors.kind(new ConnectException("Connection refused")));
        assertFalse(ErrorKind.NOT_SENT.outcomeUnknown(), "nothing reached the venue: safe to say not placed");
    }

    @Test
    void whenXChangeTypesTheError_thenTheTypeDecides() {
        assertEquals(ErrorKind.INSUFFICIENT_FUNDS, VenueErrors.kind(new FundsExceededException("whatever")));
        assertEquals(ErrorKind.TIF_UNSUPPORTED, VenueErrors.kind(new UnsupportedTimeInForce("no FOK")));
    }

    @Test
    void whenARejectionIsMade_thenItNamesTheVenueTheKindAndWhatTheVenueSaid() {
        var r = VenueErrors.rejection("Kraken", new ExchangeException("EOrder:Insufficient funds"));

        assertEquals(RejectReason.INSUFFICIENT_BALANCE, r.reason());
        assertEquals("Kraken: not enough funds (EOrder:Insufficient funds)", r.detail());
    }
}
