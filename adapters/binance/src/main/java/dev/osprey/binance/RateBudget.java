package dev.osprey.binance;

/**
 * Our own count of Binance's limits, so we slow down before Binance answers 429. Limits come from exchangeInfo
 * ({@code rateLimits}); usage from our own sends, with each endpoint's documented weight. Binance's
 * X-MBX-USED-WEIGHT-1M and X-MBX-ORDER-COUNT-10S/1D headers (which also count other programs on the same IP or
 * account) raise the count when we see them, and through XChange we see them only on refusals: its DTOs do not
 * carry the headers of a successful answer. Binance counts in fixed intervals, as modelled here.
 */
final class RateBudget {
    private static final long MINUTE = 60_000;
    private static final long TEN_SECONDS = 10_000;
    private static final long DAY = 86_400_000;

    private final Window weight = new Window(MINUTE, 6_000);
    private final Window orders10s = new Window(TEN_SECONDS, 100);
    private final Window ordersDay = new Window(DAY, 200_000);

    /** Applies one exchangeInfo rateLimits entry; intervals we do not model are ignored. */
    synchronized void limit(String type, String interval, int intervalNum, int limit) {
        long span = spanMs(interval, intervalNum);
        if ("REQUEST_WEIGHT".equals(type) && span == MINUTE) {
            weight.limit = limit;
        } else if ("ORDERS".equals(type) && span == TEN_SECONDS) {
            orders10s.limit = limit;
        } else if ("ORDERS".equals(type) && span == DAY) {
            ordersDay.limit = limit;
        }
    }

    /**
     * Books a call; returns 0 when it may go now, else the milliseconds until the window that blocks it rolls
     * over (nothing is booked then).
     */
    synchronized long admit(int callWeight, boolean order, long nowMs) {
        long wait = weight.waitFor(callWeight, nowMs);
        if (order) {
            wait = Math.max(wait, Math.max(orders10s.waitFor(1, nowMs), ordersDay.waitFor(1, nowMs)));
        }
        if (wait > 0) {
            return wait;
        }
        weight.add(callWeight, nowMs);
        if (order) {
            orders10s.add(1, nowMs);
            ordersDay.add(1, nowMs);
        }
        return 0;
    }

    /** Binance's own count wins when it is higher (another program shares the IP or the account). */
    synchronized void observe(String usedWeight1m, String orders10sHeader, String ordersDayHeader, long nowMs) {
        weight.atLeast(usedWeight1m, nowMs);
        orders10s.atLeast(orders10sHeader, nowMs);
        ordersDay.atLeast(ordersDayHeader, nowMs);
    }

    synchronized int usedWeight(long nowMs) {
        return weight.used(nowMs);
    }

    private static long spanMs(String interval, int n) {
        return switch (interval) {
            case "SECOND" -> 1_000L * n;
            case "MINUTE" -> MINUTE * n;
            case "HOUR" -> 3_600_000L * n;
            case "DAY" -> DAY * n;
            default -> -1;
        };
    }

    private static final class Window {
        private final long span;
        private int limit;
        private long start = Long.MIN_VALUE;
        private int used;

        Window(long span, int limit) {
            this.span = span;
            this.limit = limit;
        }

        long waitFor(int amount, long nowMs) {
            roll(nowMs);
            return used + amount <= limit ? 0 : Math.max(1, start + span - nowMs);
        }

        void add(int amount, long nowMs) {
            roll(nowMs);
            used += amount;
        }

        int used(long nowMs) {
            roll(nowMs);
            return used;
        }

        void atLeast(String header, long nowMs) {
            if (header == null) {
                return;
            }
            try {
                roll(nowMs);
                used = Math.max(used, Integer.parseInt(header.trim()));
            } catch (NumberFormatException ignored) {
                // A malformed header tells us nothing; our own count stands.
            }
        }

        private void roll(long nowMs) {
            long windowStart = nowMs - Math.floorMod(nowMs, span);
            if (windowStart != start) {
                start = windowStart;
                used = 0;
            }
        }
    }
}
