package org.minecheck.inspection;

import java.util.List;

/** A request the inspection service refuses (an unknown plan, an old dataset for a re-check…): a text key and its arguments. */
public class InspectionException extends Exception {
    private final String key;
    private final List<Object> args;

    public InspectionException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
