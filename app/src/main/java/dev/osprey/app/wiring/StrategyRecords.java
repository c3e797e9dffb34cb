package dev.osprey.app.wiring;

import dev.osprey.core.mode.TradeRecord;
import dev.osprey.core.mode.ValidationCriteria;
import dev.osprey.core.mode.ValidationReport;
import dev.osprey.core.strategy.StrategyExecutor;
import dev.osprey.core.strategy.StrategyStatus;

import java.util.List;

/** The desk's paper records: one per strategy started this session, judged under the configured criteria. */
final class StrategyRecords implements ValidationSource {
    static final String NONE = "no paper record yet (start a strategy)";

    private final StrategyExecutor executor;
    private final ValidationCriteria criteria;

    StrategyRecords(StrategyExecutor executor, ValidationCriteria criteria) {
        this.executor = executor;
        this.criteria = criteria;
    }

    @Override
    public List<String> records() {
        List<String> names = executor.list().stream().map(StrategyStatus::name).toList();
        return names.isEmpty() ? List.of(NONE) : names;
    }

    @Override
    public ValidationReport report(String record) {
        TradeRecord r = NONE.equals(record) ? new TradeRecord(List.of(), List.of(), 0) : executor.record(record);
        return ValidationReport.evaluate(r, criteria);
    }
}
