package org.minecheck.engine;

import java.util.List;

/** The rule pack cannot be used: each problem names the file, the line and what is wrong. */
public class RuleBookException extends RuntimeException {
    private final List<String> problems;

    public RuleBookException(String file, int line, String what) {
        this(List.of(file + ":" + line + ": " + what));
    }

    public RuleBookException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
