package dev.osprey.core.mode;

/** Why a mode change was refused. Each reason is distinct so the trader knows exactly what is missing. */
public enum SwitchRefusal {
    ILLEGAL_TRANSITION("That mode change is not allowed from the current mode"),
    ALREADY_IN_MODE("Already in that mode"),
    REPORT_FAILING("The validation report does not pass"),
    REPORT_NOT_FOR_STAGE("The report must cover trading at the current stage only"),
    TOO_SOON_TO_SCALE("Not enough days at the current stage"),
    NO_HIGHER_STAGE("Already at the highest live stage"),
    NOT_LIVE("Only a live mode can be scaled or reviewed"),
    REARM_REQUIRED("Leaving the emergency stop takes a re-arm, and it leads to PAPER"),
    NOT_STOPPED("Re-arm applies only after an emergency stop"),
    WHO_AND_WHY_REQUIRED("Every mode change needs who asked and why");

    private final String message;

    SwitchRefusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
