package org.minecheck.engine;

import java.util.List;
import org.minecheck.finding.Department;
import org.minecheck.finding.Severity;

/** A rule's metadata as read back from the compiled rule base. */
public record RuleInfo(
        String id,
        String name,
        String area,
        Severity severity,
        Department department,
        List<String> basis,
        String file) {}
