package dev.osprey.core.mode;

import java.util.Objects;

/**
 * One step of the live ladder: its risk profile, and how many days the desk must have traded at the stage below
 * (since its last scale) before it may move up to this one.
 */
public record LiveStage(int minDaysAtPreviousStage, RiskProfile profile) {
    public LiveStage {
        if (minDaysAtPreviousStage < 0) {
            throw new IllegalArgumentException("minDaysAtPreviousStage must be >= 0, was " + minDaysAtPreviousStage);
        }
        Objects.requireNonNull(profile, "profile");
    }
}
