package org.minecheck.engine.api;

import java.util.List;
import java.util.Map;
import org.minecheck.model.Dataset;

/**
 * Work a check does beside the rules, plugged into the engine without the engine knowing it: facts computed in Java
 * before the rules run (regional tallies) and tables computed after them (fund rates, historical-mine progress). The
 * engine calls {@link #start} once per check; every report writer renders the results' {@link SideTable}s alike.
 */
public interface CheckExtension {

    /** This extension's part of one check, from the dataset and the pack's settings, as of the check date. */
    Run start(Dataset dataset, CheckContext context, Map<String, Setting> settings);

    /** One check's worth of an extension. */
    interface Run {
        /** Facts for the regional rule session (the one holding the regulator's reference data). */
        default List<Object> regionalFacts() {
            return List.of();
        }

        /** The result once the rules ran; {@code notes} are the values rules kept with {@code findings.note(…)}. */
        Result finish(List<Object> notes);
    }

    /** What an extension computed: typed for callers that know it, tables for the writers that do not. */
    interface Result {
        List<SideTable> tables();
    }
}
