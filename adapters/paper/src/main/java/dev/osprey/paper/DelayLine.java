package dev.osprey.paper;

/**
 * Messages in flight, in the order they were sent, each with the venue time it arrives. A message never overtakes
 * an earlier one (one connection): its arrival is pushed back to the previous message's if need be, so the head
 * always arrives first. A ring of two arrays, so the order path does not allocate a node per message.
 */
final class DelayLine<T> {
    private long[] dueMs = new long[16];
    private Object[] items = new Object[16];
    private int head;
    private int size;
    private long lastDueMs = Long.MIN_VALUE;

    void add(long arrivesMs, T item) {
        if (size == items.length) {
            grow();
        }
        long due = Math.max(arrivesMs, lastDueMs);
        int tail = (head + size) & (items.length - 1);
        dueMs[tail] = due;
        items[tail] = item;
        size++;
        lastDueMs = due;
    }

    boolean hasDue(long nowMs) {
        return size > 0 && dueMs[head] <= nowMs;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Arrival time of the head; only valid when not empty. */
    long headDueMs() {
        return dueMs[head];
    }

    /** Arrival time of the last message in flight, or Long.MIN_VALUE when none ever was. */
    long lastDueMs() {
        return lastDueMs;
    }

    /** Moves every arrival by {@code deltaMs}, for a clock that was set back. */
    void shift(long deltaMs) {
        for (int i = 0; i < size; i++) {
            dueMs[(head + i) & (items.length - 1)] += deltaMs;
        }
        if (lastDueMs != Long.MIN_VALUE) {
            lastDueMs += deltaMs;
        }
    }

    @SuppressWarnings("unchecked")
    T poll() {
        T item = (T) items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        return item;
    }

    private void grow() {
        int n = items.length;
        long[] d = new long[n * 2];
        Object[] it = new Object[n * 2];
        for (int i = 0; i < size; i++) {
            d[i] = dueMs[(head + i) & (n - 1)];
            it[i] = items[(head + i) & (n - 1)];
        }
        dueMs = d;
        items = it;
        head = 0;
    }
}
