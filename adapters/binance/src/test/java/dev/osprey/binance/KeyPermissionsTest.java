package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.binance.fake.Payloads;
import dev.osprey.core.venue.KeyPermissions;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The check before live trading: {@code GET /sapi/v1/account/apiRestrictions} against the fake Binance. */
class KeyPermissionsTest {
    private final VenueFixture f = new VenueFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private KeyPermissions check() throws Exception {
        return f.venue.checkKeyPermissions().get(10, TimeUnit.SECONDS);
    }

    @Test
    void whenTheKeyCanTradeOnlyAndIsIpRestricted_thenNoRefusalAndNoWarning() throws Exception {
        KeyPermissions p = check();

        assertTrue(p.refusal().isEmpty());
        assertEquals(List.of(), p.warnings());
        assertEquals(1, f.calls("GET /sapi/v1/account/apiRestrictions"));
    }

    @Test
    void whenTheKeyCannotTrade_thenLiveIsRefusedWithTheReason() throws Exception {
        f.fake.keyPermissions(false, false, true);

        KeyPermissions p = check();

        assertEquals("the binance API key cannot trade spot: enable spot trading for it first",
                p.refusal().orElseThrow());
    }

    @Test
    void whenWithdrawalsAreEnabled_thenALoudWarning() throws Exception {
        f.fake.keyPermissions(true, true, true);

        KeyPermissions p = check();

        assertTrue(p.refusal().isEmpty());
        assertEquals(1, p.warnings().size());
        assertTrue(p.warnings().get(0).startsWith("WITHDRAWALS ARE ENABLED"), p.warnings().toString());
    }

    @Test
    void whenTheKeyHasNoIpRestriction_thenALoudWarning() throws Exception {
        f.fake.keyPermissions(true, false, false);

        List<String> warnings = check().warnings();

        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("NO IP RESTRICTION"), warnings.toString());
    }

    @Test
    void whenTheVenueHasNoKey_thenTheCheckFailsAndSaysSo() {
        f.venue.useCredentials(null);

        ExecutionException e = assertThrows(ExecutionException.class, this::check);
        assertTrue(e.getCause().getMessage().contains("no API key configured"), e.getCause().getMessage());
    }

    @Test
    void whenBinanceLeavesFieldsOut_thenTheUnsafeAnswerIsAssumed() {
        KeyPermissions p = ApiRestrictions.read(Payloads.parse("{\"enableReading\":true}"), "binance");

        assertFalse(p.canTrade());
        assertTrue(p.withdrawalsEnabled());
        assertFalse(p.ipRestricted());
    }
}
