package dev.osprey.replay;

import dev.osprey.core.market.BookDelta;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.FeedStatus;
import dev.osprey.core.market.MarketDataListener;
import dev.osprey.core.market.MarketEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Keeps every event it is given; safe to read from the test thread while a feed thread writes. */
final class RecordingListener implements MarketDataListener {
    private final List<MarketEvent> events = new ArrayList<>();
    private final Predicate<List<MarketEvent>> doneWhen;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Thread deliveringThread;

    RecordingListener() {
        this(events -> false);
    }

    /** Signals {@link #awaitDone()} once the events so far satisfy the condition. */
    RecordingListener(Predicate<List<MarketEvent>> doneWhen) {
        this.doneWhen = doneWhen;
    }

    static RecordingListener untilEnded() {
        return new RecordingListener(events -> !events.isEmpty()
                && events.get(events.size() - 1) instanceof FeedStatus s && s.state() == FeedState.ENDED);
    }

    @Override
    public synchronized void onMarketEvent(MarketEvent event) {
        deliveringThread = Thread.currentThread();
        events.add(event);
        if (doneWhen.test(events)) {
            done.countDown();
        }
    }

    void awaitDone() throws InterruptedException {
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the replay did not get there within 30 s; saw " + states());
        }
    }

    Thread deliveringThread() {
        return deliveringThread;
    }

    synchronized List<MarketEvent> events() {
        return List.copyOf(events);
    }

    synchronized List<FeedState> states() {
        return events.stream().filter(FeedStatus.class::isInstance).map(e -> ((FeedStatus) e).state()).toList();
    }

    synchronized List<FeedStatus> statuses() {
        return events.stream().filter(FeedStatus.class::isInstance).map(FeedStatus.class::cast).toList();
    }

    synchronized List<BookSnapshot> snapshots() {
        return events.stream().filter(BookSnapshot.class::isInstance).map(BookSnapshot.class::cast).toList();
    }

    synchronized List<BookDelta> deltas() {
        return events.stream().filter(BookDelta.class::isInstance).map(BookDelta.class::cast).toList();
    }
}
