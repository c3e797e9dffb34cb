package dev.osprey.replay;

import dev.osprey.core.market.FeedState;

/** The state changes a synchronised book feed may make; anything else is a bug and is refused. */
final class FeedTransitions {
    private FeedTransitions() {
    }

    static boolean allowed(FeedState from, FeedState to) {
        return switch (to) {
            // A (re)start discards everything, so it may come from any state.
            case SYNCING -> true;
            case LIVE -> from == FeedState.SYNCING || from == FeedState.RESYNCING;
            // RESYNCING -> RESYNCING: a snapshot that did not line up while already resyncing.
            case RESYNCING -> from == FeedState.SYNCING || from == FeedState.LIVE || from == FeedState.RESYNCING;
            case ENDED, DISCONNECTED -> from != FeedState.ENDED && from != FeedState.DISCONNECTED;
            case CONNECTING -> false;
        };
    }
}
