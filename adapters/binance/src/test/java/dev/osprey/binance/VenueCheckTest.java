package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.osprey.binance.fake.CaptureLines;
import dev.osprey.binance.fake.FakeBinance;
import dev.osprey.binance.fake.Fault;
import dev.osprey.binance.fake.Payloads;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The venue-check command's engine against the fake Binance. */
class VenueCheckTest {

    @Test
    void whenEverythingWorks_thenEveryStepIsOkOnOneJsonLine() {
        // Arrange
        try (FakeBinance fake = FakeBinance.start(CaptureLines.BTC_0808)) {
            // Act
            VenueCheckResult result = VenueCheck.run(fake.config().build(), "BTCUSDT", Duration.ofMillis(300));
            String json = result.toJson();
            // Assert
            assertTrue(result.ok(), json);
            assertFalse(json.contains("\n"));
            JsonNode parsed = Payloads.parse(json);
            assertEquals(7, parsed.path("steps").size());
            assertEquals("commission", parsed.path("steps").get(3).path("step").asText());
            assertEquals("maker 0.001, taker 0.001; BNB discount 0.75 (on)", result.step("commission").detail());
            assertEquals("place", parsed.path("steps").get(4).path("step").asText());
            assertTrue(result.step("place").detail().startsWith("limit BUY "), json);
            assertEquals(VenueCheckResult.Outcome.OK, result.step("cancel").outcome());
            assertFalse(json.contains(FakeBinance.API_KEY));
        }
    }

    @Test
    void whenNoKeyIsGiven_thenTradingStepsAreSkippedAndTheCheckStillPasses() {
        // Arrange
        try (FakeBinance fake = FakeBinance.start(CaptureLines.BTC_0808)) {
            // Act
            VenueCheckResult result = VenueCheck.run(fake.restUrl(), fake.market.url(), fake.wsApi.url(), null, null);
            // Assert
            assertTrue(result.ok(), result.toJson());
            assertEquals(VenueCheckResult.Outcome.SKIPPED, result.step("commission").outcome());
            assertEquals(VenueCheckResult.Outcome.SKIPPED, result.step("place").outcome());
            assertEquals(VenueCheckResult.Outcome.OK, result.step("book").outcome());
            assertFalse(fake.restCalls().contains("GET /api/v3/account/commission"));
        }
    }

    @Test
    void whenTheKeyMayNotReadTheRates_thenThatStepFailsWithTheCodeAndTradingStillChecksOut() {
        // Arrange
        try (FakeBinance fake = FakeBinance.start(CaptureLines.BTC_0808)) {
            fake.faultNext("GET /api/v3/account/commission", Fault.refuse(401, -2015,
                    "Invalid API-key, IP, or permissions for action."));
            // Act
            VenueCheckResult result = VenueCheck.run(fake.config().build(), "BTCUSDT", Duration.ofMillis(100));
            // Assert
            assertFalse(result.ok());
            VenueCheckResult.Step commission = result.step("commission");
            assertEquals(VenueCheckResult.Outcome.FAILED, commission.outcome());
            assertTrue(commission.detail().contains("-2015"), commission.detail());
            assertEquals(VenueCheckResult.Outcome.OK, result.step("place").outcome(), result.toJson());
            assertEquals(VenueCheckResult.Outcome.OK, result.step("cancel").outcome(), result.toJson());
        }
    }

    @Test
    void whenTheRestUrlIsWrong_thenTheStepsFailWithTheirReasons() {
        // Arrange
        try (FakeBinance fake = FakeBinance.start()) {
            String nothingListening = "http://127.0.0.1:1";
            // Act
            VenueCheckResult result = VenueCheck.run(fake.config().restUrl(nothingListening)
                    .requestTimeout(Duration.ofMillis(500)).build(), "BTCUSDT", Duration.ofMillis(10));
            // Assert
            assertFalse(result.ok());
            assertEquals(VenueCheckResult.Outcome.FAILED, result.step("connect").outcome());
            assertTrue(result.step("connect").detail().startsWith("NOT_SENT"), result.toJson());
        }
    }
}
