package org.minecheck.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The report writers by format name. */
@Component
public class ReportWriters {
    private final Map<String, ReportWriter> byFormat = new LinkedHashMap<>();

    public ReportWriters(List<ReportWriter> writers) {
        for (ReportWriter w : writers) byFormat.put(w.format(), w);
    }

    /** The writers every door offers: table, JSON, Excel. */
    public static ReportWriters standard() {
        return new ReportWriters(List.of(new ConsoleReport(), new JsonReport(), new ExcelReport()));
    }

    public Optional<ReportWriter> get(String format) {
        return Optional.ofNullable(
                format == null ? null : byFormat.get(format.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }
}
