package dev.osprey.core.engine;

/**
 * What a restart puts state back into, before anything runs: a snapshot, then each recorded change after it, then
 * {@link #restored()} to rebuild what follows from them. The {@link Engine} (before start) and a bare
 * {@link EngineState} (tests, tools) both are one.
 */
public interface Restorable {
    void restore(RestorableState snapshot);

    void restore(Recorded change);

    /** Ends the restore; returns the state as restored. */
    RestorableState restored();
}
