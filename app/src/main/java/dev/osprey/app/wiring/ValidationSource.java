package dev.osprey.app.wiring;

import dev.osprey.core.mode.ValidationReport;

import java.util.List;

/**
 * The paper records a trader may offer the mode switch, by name, each judged into a {@link ValidationReport} under
 * the configured criteria when asked. Called on the FX thread; a record is read, never changed.
 */
public interface ValidationSource {

    /** The records on offer, in the order the dialog lists them; never empty. */
    List<String> records();

    ValidationReport report(String record);
}
