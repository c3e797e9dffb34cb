package dev.osprey.paper;

/**
 * Where a resting order of ours stands in the venue's queue at its price, estimated from public data, since a
 * paper order is not in the real book. When it starts resting, everything the book shows at that price is ahead
 * of it. The queue ahead shrinks by public trades at that price against our side, and by decreases of the level's
 * size that those trades do not explain: those are cancels, and we assume they were ahead of us (every venue queue
 * model has to guess; this one at least never counts a trade twice). New size at the level joins behind us.
 * The order may fill only from trade volume beyond the queue ahead, or when the price trades through it.
 */
final class QueuePosition {
    private long ahead;
    /** The level's size in the book when we last looked. */
    private long levelSize;
    /** Trade volume at our price since the level's size last changed: part of the next decrease, not cancels. */
    private long tradedSinceLevelChange;

    QueuePosition(long levelSize) {
        this.ahead = levelSize;
        this.levelSize = levelSize;
    }

    long ahead() {
        return ahead;
    }

    /**
     * A trade of {@code qty} at our price against our side. Returns the part of it beyond the queue ahead of us,
     * the most that can have reached our order.
     */
    long onTradeAtPrice(long qty) {
        long beyond = Math.max(0, qty - ahead);
        ahead = Math.max(0, ahead - qty);
        tradedSinceLevelChange += qty;
        return beyond;
    }

    /** The level at our price now shows {@code size}. */
    void onLevelSize(long size) {
        if (size == levelSize) {
            return;
        }
        if (size < levelSize) {
            long canceled = Math.max(0, levelSize - size - tradedSinceLevelChange);
            ahead = Math.max(0, ahead - canceled);
        }
        // Whatever is ahead of us is part of the level, so it can never be more than the level.
        ahead = Math.min(ahead, size);
        levelSize = size;
        tradedSinceLevelChange = 0;
    }

    /** The price traded through ours: nobody is ahead any more. */
    void clear() {
        ahead = 0;
    }
}
