package dev.osprey.paper;

import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.VenueOrder;
import dev.osprey.core.venue.VenueState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static dev.osprey.paper.PaperFixtures.BTC;
import static dev.osprey.paper.PaperFixtures.assertAmount;
import static dev.osprey.paper.PaperFixtures.balance;
import static dev.osprey.paper.PaperFixtures.book;
import static dev.osprey.paper.PaperFixtures.level;
import static dev.osprey.paper.PaperFixtures.limit;
import static dev.osprey.paper.PaperFixtures.market;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A paper account kept in a ledger outlives its venue: orders, fills, balances and resting orders come back. */
class PaperLedgerTest {
    @TempDir
    Path dir;

    private PaperVenue open(ScriptedFeed feed, BlockingQueue<AccountEvent> events) {
        PaperVenue v = new PaperVenue(PaperFixtures.ACCOUNT, List.of(PaperFixtures.BTCUSDT, PaperFixtures.ETHUSDT),
                feed, dir.resolve("paper/ledger.jsonl"));
        v.accountStream().subscribe(events::add);
        return v;
    }

    private static void awaitAccepted(BlockingQueue<AccountEvent> events, String id) throws InterruptedException {
        while (true) {
            AccountEvent e = events.poll(5, TimeUnit.SECONDS);
            assertNotNull(e, "no accept for " + id);
            if (e instanceof OrderAccepted a && a.clientOrderId().equals(id)) {
                return;
            }
        }
    }

    @Test
    void aRestartedVenueKnowsEveryOrderItsFillsItsBalancesAndPutsWorkingOrdersBack() throws Exception {
        BlockingQueue<AccountEvent> events = new LinkedBlockingQueue<>();
        ScriptedFeed feed = new ScriptedFeed();
        PaperVenue first = open(feed, events);
        feed.push(book(BTC, List.of(level("99.00", "1")), List.of(level("100.00", "1")), 1_000));
        first.orderEntry().place(market("m1", Side.BUY, "0.5"));
        first.orderEntry().place(limit("l1", Side.BUY, "0.2", "98.00"));
        feed.push(book(BTC, List.of(level("99.00", "1")), List.of(level("100.00", "1")), 2_000));
        awaitAccepted(events, "l1");
        VenueState before = first.stateFetch().fetchState();
        VenueOrder m1 = first.stateFetch().queryOrder(BTC, "m1").orElseThrow();
        first.close();

        PaperVenue second = open(new ScriptedFeed(), new LinkedBlockingQueue<>());
        try {
            VenueState after = second.stateFetch().fetchState();
            assertEquals(OrderStatus.FILLED, second.stateFetch().queryOrder(BTC, "m1").orElseThrow().order().status());
            assertEquals(m1, second.stateFetch().queryOrder(BTC, "m1").orElseThrow(), "order and fills, field by field");
            assertTrue(second.stateFetch().queryOrder(BTC, "never-sent").isEmpty());
            assertEquals(List.of("l1"), after.openOrders().stream().map(o -> o.clientOrderId()).toList(),
                    "the resting limit is back in the book");
            assertEquals(before.openOrders().get(0).venueOrderId(), after.openOrders().get(0).venueOrderId());
            for (String asset : List.of("BTC", "USDT")) {
                assertAmount(balance(before, asset).free().toPlainString(), balance(after, asset).free(), asset + " free");
                assertAmount(balance(before, asset).locked().toPlainString(), balance(after, asset).locked(),
                        asset + " locked");
            }
        } finally {
            second.close();
        }
    }

    @Test
    void aLastLineCutShortByACrashIsDroppedAndEverythingBeforeItKept() throws Exception {
        BlockingQueue<AccountEvent> events = new LinkedBlockingQueue<>();
        ScriptedFeed feed = new ScriptedFeed();
        PaperVenue first = open(feed, events);
        feed.push(book(BTC, List.of(level("99.00", "1")), List.of(level("100.00", "1")), 1_000));
        first.orderEntry().place(limit("l1", Side.BUY, "0.2", "98.00"));
        feed.push(book(BTC, List.of(level("99.00", "1")), List.of(level("100.00", "1")), 2_000));
        awaitAccepted(events, "l1");
        first.close();
        Files.writeString(dir.resolve("paper/ledger.jsonl"), "{\"@type\":\"VenueUpd", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        PaperVenue second = open(new ScriptedFeed(), new LinkedBlockingQueue<>());
        try {
            assertEquals(OrderStatus.ACCEPTED, second.stateFetch().queryOrder(BTC, "l1").orElseThrow().order().status());
        } finally {
            second.close();
        }
    }
}
