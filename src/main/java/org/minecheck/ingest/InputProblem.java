package org.minecheck.ingest;

import java.util.List;
import org.minecheck.model.CellRef;

/**
 * One thing wrong with the input: where (file, sheet, row, column; any may be unknown), the value found, and a message
 * key with its arguments that the chosen language turns into "what was expected".
 */
public record InputProblem(CellRef cell, String value, String key, List<Object> args) {

    public static InputProblem at(CellRef cell, String value, String key, Object... args) {
        return new InputProblem(cell, value, key, List.of(args));
    }

    public static InputProblem ofFile(String file, String key, Object... args) {
        return new InputProblem(new CellRef(file, "", 0, ""), null, key, List.of(args));
    }
}
