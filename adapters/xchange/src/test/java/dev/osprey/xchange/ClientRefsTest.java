package dev.osprey.xchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The venue references are recomputed from the client order id alone, so a restart finds its orders again. */
class ClientRefsTest {

    @Test
    void whenTheSameIdIsMappedTwice_thenTheReferencesAreTheSame() {
        assertEquals(ClientRefs.krakenUserref("osp-lz3k9a-17"), ClientRefs.krakenUserref("osp-lz3k9a-17"));
        assertEquals(ClientRefs.coinbaseClientOid("osp-lz3k9a-17"), ClientRefs.coinbaseClientOid("osp-lz3k9a-17"));
        assertNotEquals(ClientRefs.krakenUserref("osp-lz3k9a-17"), ClientRefs.krakenUserref("osp-lz3k9a-18"));
    }

    @Test
    void whenASessionsIdsAreMapped_thenEveryUserrefIsAPositiveInt32AndNoneRepeat() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 1; i <= 100_000; i++) {
            int ref = ClientRefs.krakenUserref("osp-lz3k9a-" + i);
            assertTrue(ref >= 0, "Kraken's userref is a signed int32; ours stay positive");
            seen.add(ref);
        }
        assertEquals(100_000, seen.size(), "no collision within a busy session");
    }

    @Test
    void whenTwoSessionsUseTheSameSequence_thenTheirUserrefsDiffer_andOtherIdsStillGetOne() {
        assertNotEquals(ClientRefs.krakenUserref("osp-lz3k9a-1"), ClientRefs.krakenUserref("osp-lz3k9b-1"));
        assertTrue(ClientRefs.krakenUserref("manual order") >= 0);
        assertTrue(ClientRefs.krakenUserref("x-99999999999999999999") >= 0, "a sequence too long for a long");
    }
}
