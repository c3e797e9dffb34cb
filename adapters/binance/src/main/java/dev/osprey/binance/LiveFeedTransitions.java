package dev.osprey.binance;

import dev.osprey.core.market.FeedState;

/** The state changes a live book feed may make; anything else is a bug and is refused. */
final class LiveFeedTransitions {
    private LiveFeedTransitions() {
    }

    static boolean allowed(FeedState from, FeedState to) {
        return switch (to) {
            case CONNECTING -> from == FeedState.CONNECTING || from == FeedState.DISCONNECTED;
            case SYNCING -> from == FeedState.CONNECTING;
            case LIVE -> from == FeedState.SYNCING || from == FeedState.RESYNCING;
            case RESYNCING -> from == FeedState.SYNCING || from == FeedState.LIVE || from == FeedState.RESYNCING;
            case DISCONNECTED -> from != FeedState.DISCONNECTED && from != FeedState.ENDED;
            // A live feed never ends by itself; close() reports DISCONNECTED.
            case ENDED -> false;
        };
    }
}
