package dev.osprey.core.mode;

import dev.osprey.core.audit.AuditKind;
import dev.osprey.core.audit.AuditRecord;

/**
 * One change of trading mode, for the audit trail: from where to where (stage -1 outside the live ladder), who
 * asked, why, and when. {@code automatic} marks a scale-down the desk made by itself on a failing rolling report.
 */
public record ModeChange(TradingMode from, int fromStage, TradingMode to, int toStage, String who, String why,
                         long atMs, boolean automatic) {

    public AuditRecord toAuditRecord() {
        return new AuditRecord(atMs, AuditKind.MODE_CHANGE, who, why, this);
    }

    public String text() {
        return from + stageText(fromStage) + " -> " + to + stageText(toStage) + " by " + who + ": " + why;
    }

    private static String stageText(int stage) {
        return stage < 0 ? "" : " (stage " + stage + ")";
    }
}
