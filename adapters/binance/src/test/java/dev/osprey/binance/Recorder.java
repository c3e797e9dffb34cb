package dev.osprey.binance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Collects what a venue or feed reports, for tests to wait on: {@link #await} blocks until a condition over the
 * events so far holds, woken by each new event, and fails after a deadline. No sleeping and polling.
 */
final class Recorder<T> {
    private final List<T> events = new ArrayList<>();

    synchronized void add(T event) {
        events.add(event);
        notifyAll();
    }

    synchronized List<T> all() {
        return List.copyOf(events);
    }

    <S extends T> List<S> of(Class<S> type) {
        return all().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Waits until the condition holds over the events so far; returns them. */
    synchronized List<T> await(Predicate<List<T>> condition, Duration timeout, String what) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.test(events)) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for " + what + "; got " + events.size() + " events: "
                        + tail());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        return List.copyOf(events);
    }

    <S extends T> S awaitFirst(Class<S> type, Predicate<S> match, Duration timeout) {
        List<T> got = await(l -> l.stream().anyMatch(e -> type.isInstance(e) && match.test(type.cast(e))), timeout,
                "a " + type.getSimpleName());
        return got.stream().filter(type::isInstance).map(type::cast).filter(match).findFirst().orElseThrow();
    }

    private String tail() {
        int from = Math.max(0, events.size() - 8);
        return events.subList(from, events.size()).toString();
    }
}
