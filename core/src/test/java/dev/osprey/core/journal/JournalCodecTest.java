package dev.osprey.core.journal;

import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.EngineMessage;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalCodecTest {
    private final JournalCodec codec = new JournalCodec();

    @Test
    void whenEveryJournalTypeIsEncodedAndDecoded_thenTheSameValueComesBack() {
        // Arrange
        List<String> failures = new ArrayList<>();
        Samples samples = new Samples();
        int checked = 0;
        for (Map.Entry<Class<?>, String> type : codec.typeIds().entrySet()) {
            if (!EngineMessage.class.isAssignableFrom(type.getKey())) {
                continue;
            }
            try {
                EngineMessage sample = (EngineMessage) samples.of(type.getKey());
                // Act
                EngineMessage back = codec.decode(codec.encode(sample));
                // Assert (collected, so one run names every type that does not survive)
                if (!sample.equals(back)) {
                    failures.add(type.getValue() + ": " + sample + " came back as " + back);
                }
                checked++;
            } catch (RuntimeException e) {
                failures.add(type.getValue() + ": " + e);
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(checked >= 8, "checked only " + checked + " message types");
    }

    @Test
    void whenListingTypeIds_thenEveryMessageAndEventHasItsStableName() {
        // Act
        Set<String> ids = Set.copyOf(codec.typeIds().values());

        // Assert: ids already written to journals must keep their meaning
        assertTrue(ids.containsAll(Set.of("PlaceOrder", "CancelOrder", "CancelAll", "Halt", "Rearm", "MarketData",
                "VenueUpdate", "StartupState", "OrderAccepted", "OrderRejected", "OrderFilled", "OrderCanceled",
                "OrderExpired", "CancelRejected", "BalancesChanged", "BookSnapshot", "BookDelta", "TradePrint",
                "FeedStatus")), ids.toString());
    }

    @Test
    void whenEncodingAnOrder_thenTypeIdAndExactPlainDecimalsAreWritten() {
        // Arrange
        EngineMessage place = new Command.PlaceOrder(new OrderRequest("c1", "BTCUSDT", Side.BUY, OrderType.LIMIT,
                new BigDecimal("0.00000001"), new BigDecimal("60000.10")));

        // Act
        String json = new String(codec.encode(place), StandardCharsets.UTF_8);

        // Assert
        assertEquals("PlaceOrder", codec.typeId(place));
        assertTrue(json.startsWith("{\"@type\":\"PlaceOrder\""), json);
        assertTrue(json.contains("\"qty\":0.00000001"), json);
        assertTrue(json.contains("\"price\":60000.10"), json);
        assertEquals(place, codec.decode(codec.encode(place)));
    }

    @Test
    void whenEncodingAnOrderRecord_thenHelperMethodsAreNotWrittenAsState() {
        // Arrange
        Order order = Order.submitted(Messages.limitBuy("c1"), 5L);

        // Act
        String json = new String(codec.toBytes(order), StandardCharsets.UTF_8);

        // Assert
        assertFalse(json.contains("\"working\""), json);
        assertEquals(order, codec.fromBytes(codec.toBytes(order), Order.class));
    }

    @Test
    void whenAPayloadCarriesAFieldThisBuildDoesNotKnow_thenItStillDecodes() {
        // Arrange: as written by a newer build
        String newer = "{\"@type\":\"Halt\",\"who\":\"desk\",\"why\":\"test\",\"severity\":\"HIGH\"}";

        // Act
        EngineMessage m = codec.decode(newer.getBytes(StandardCharsets.UTF_8));

        // Assert
        assertEquals(new Command.Halt("desk", "test"), m);
    }

    @Test
    void whenMapsAreCanonicalised_thenKeysAreSortedAndDecimalsKeepTheirScale() {
        // Act
        String json = codec.canonicalJson(codec.toTree(Map.of("z", 1, "a", new BigDecimal("1.10"))));

        // Assert
        assertEquals("{\"a\":1.10,\"z\":1}", json);
    }
}
