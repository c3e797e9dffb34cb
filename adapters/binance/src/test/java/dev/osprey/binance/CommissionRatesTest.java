package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.binance.fake.Fault;
import dev.osprey.binance.fake.Payloads;
import dev.osprey.core.order.Side;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The account's commission rates ({@code GET /api/v3/account/commission}) against the fake Binance. */
class CommissionRatesTest {
    private static final String ROUTE = "GET /api/v3/account/commission";

    @Test
    void whenTheVenueStarts_thenTheConfiguredSymbolsRatesAreLoaded() {
        try (VenueFixture f = new VenueFixture(b -> b, fake -> fake.commissionRates("0.00075000", "0.00090000"))) {
            CommissionRates r = f.venue.commissionRates().get("BTCUSDT");

            assertEquals(0, new BigDecimal("0.00075").compareTo(r.maker()), r.toString());
            assertEquals(0, new BigDecimal("0.0009").compareTo(r.taker()), r.toString());
            assertEquals("BNB", r.discount().asset());
            assertTrue(r.discount().applies());
            assertEquals(0, new BigDecimal("0.75").compareTo(r.discount().rate()));
            assertEquals(1, f.calls(ROUTE));
        }
    }

    @Test
    void whenBinanceRefusesTheKeyForTheRates_thenTheVenueStartsAndStillTrades() {
        try (VenueFixture f = new VenueFixture(b -> b, fake -> fake.faultNext(ROUTE,
                Fault.refuse(401, -2015, "Invalid API-key, IP, or permissions for action.")))) {
            assertEquals(Map.of(), f.venue.commissionRates());
            assertFalse(f.venue.tradingStopped());

            f.placeAccepted(f.limit(Side.BUY, "0.001", "50000"));
        }
    }

    @Test
    void whenTheRatesAnswerIsAServerError_thenTheVenueStartsAndAskingAgainLoadsThem() throws Exception {
        try (VenueFixture f = new VenueFixture(b -> b, fake -> fake.faultNext(ROUTE,
                Fault.serverErrorWithoutExecuting()))) {
            assertEquals(Map.of(), f.venue.commissionRates());
            assertFalse(f.venue.tradingStopped());

            f.venue.fetchCommissionRates("btcusdt").get(VenueFixture.WAIT.toMillis(),
                    java.util.concurrent.TimeUnit.MILLISECONDS);

            assertEquals(0, new BigDecimal("0.001").compareTo(f.venue.commissionRates().get("BTCUSDT").taker()));
        }
    }

    @Test
    void whenTheRefreshComes_thenNewRatesReplaceTheOld() {
        try (VenueFixture f = new VenueFixture(b -> b.instrumentRefresh(Duration.ofMillis(50)))) {
            f.fake.commissionRates("0.00020000", "0.00040000");
            long asked = f.calls(ROUTE);

            // The next call gets the new rates; a refresh starts only after the previous one ended, so once the
            // call after it arrives, they are applied.
            f.fake.awaitRestCalls(ROUTE, asked + 2, VenueFixture.WAIT);

            assertEquals(0, new BigDecimal("0.0004").compareTo(f.venue.commissionRates().get("BTCUSDT").taker()));
        }
    }

    @Test
    void whenARefreshAnswerCannotBeRead_thenTheRatesWeHadAreKept() {
        try (VenueFixture f = new VenueFixture(b -> b.instrumentRefresh(Duration.ofMillis(50)))) {
            f.fake.commissionRates("0.00020000", "lots");
            long asked = f.calls(ROUTE);

            f.fake.awaitRestCalls(ROUTE, asked + 2, VenueFixture.WAIT);

            assertEquals(0, new BigDecimal("0.001").compareTo(f.venue.commissionRates().get("BTCUSDT").taker()));
        }
    }

    @Test
    void whenTheAnswerLacksTheTakerRate_thenReadingFailsNamingIt() {
        var json = Payloads.load("account-commission.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.path("standardCommission")).remove("taker");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommissionRates.read(json, "BTCUSDT"));
        assertEquals("commission answer for BTCUSDT: 'taker' is missing", e.getMessage());
    }

    @Test
    void whenTheAnswerIsForAnotherSymbol_thenReadingFails() {
        var json = Payloads.load("account-commission.json");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommissionRates.read(json, "ETHUSDT"));
        assertEquals("commission answer is for BTCUSDT, not ETHUSDT", e.getMessage());
    }

    @Test
    void whenTheAnswerHasNoDiscount_thenNoDiscountApplies() {
        var json = Payloads.load("account-commission.json");
        json.remove("discount");

        CommissionRates r = CommissionRates.read(json, "BTCUSDT");

        assertFalse(r.discount().applies());
        assertEquals(0, BigDecimal.ONE.compareTo(r.discount().rate()));
    }
}
