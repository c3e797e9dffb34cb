package dev.osprey.xchange;

import dev.osprey.core.venue.AccountEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Account events as a venue publishes them, for a test to wait on (a condition, never a sleep). */
final class AccountEvents {
    private final List<AccountEvent> events = new ArrayList<>();

    synchronized void add(AccountEvent e) {
        events.add(e);
        notifyAll();
    }

    synchronized List<AccountEvent> await(Predicate<List<AccountEvent>> done, String what)
            throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (!done.test(events)) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for " + what + ": " + events);
            }
            wait(left);
        }
        return List.copyOf(events);
    }

    <T extends AccountEvent> List<T> awaitCount(Class<T> type, int n, String what) throws InterruptedException {
        return await(l -> of(l, type).size() >= n, what).stream().filter(type::isInstance).map(type::cast).toList();
    }

    synchronized <T extends AccountEvent> List<T> all(Class<T> type) {
        return of(events, type);
    }

    private static <T> List<T> of(List<AccountEvent> l, Class<T> type) {
        return l.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
