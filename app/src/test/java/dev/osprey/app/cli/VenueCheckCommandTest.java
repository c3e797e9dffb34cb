package dev.osprey.app.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Argument handling; the checks themselves run against a fake Binance in the binance adapter's tests. */
class VenueCheckCommandTest {

    @Test
    void whenVenueUnknown_thenUsageError_andNothingContacted() {
        CliRun r = CliRun.of("venue-check", "--venue", "mtgox", "--rest-url", "http://127.0.0.1:1",
                "--ws-url", "ws://127.0.0.1:1");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("mtgox"), r.err());
        assertTrue(r.out().isEmpty());
    }

    @Test
    void whenOnlyTheKeyVariableIsGiven_thenRefused() {
        CliRun r = CliRun.of("venue-check", "--rest-url", "http://127.0.0.1:1", "--ws-url", "ws://127.0.0.1:1",
                "--api-key-env", "OSPREY_TEST_KEY");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--secret-env"), r.err());
    }

    @Test
    void whenKeyVariableIsNotSet_thenRefusedNamingTheVariable() {
        CliRun r = CliRun.of("venue-check", "--rest-url", "http://127.0.0.1:1", "--ws-url", "ws://127.0.0.1:1",
                "--api-key-env", "OSPREY_SURELY_UNSET_KEY", "--secret-env", "OSPREY_SURELY_UNSET_SECRET");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("OSPREY_SURELY_UNSET_KEY"), r.err());
    }
}
