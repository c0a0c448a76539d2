package org.minecheck.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.minecheck.engine.CheckService;
import org.minecheck.engine.RuleInfo;
import org.minecheck.finding.Severity;
import org.minecheck.store.Store;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;
import org.springframework.stereotype.Component;

/**
 * Tab completion for the workspace's commands (Spring Shell 4 calls it with the word under the cursor and the option
 * before it): option values (run ids, dataset versions, rule ids, areas, region codes, severities, languages,
 * formats, statuses, file paths) and the commands' arguments (run ids for {@code diff} and {@code replay}, finding
 * keys of the latest run for {@code waive} and {@code explain}, waivers waiting for approval, workbook paths for
 * {@code import}). The store is opened as by any store command; a failure completes nothing.
 */
@Component("workspaceCompletion")
public class WorkspaceCompletion implements CompletionProvider {
    private static final List<String> LANGS = List.of("zh", "en");
    private static final List<String> FORMATS = List.of("table", "csv", "json", "xlsx");
    private static final List<String> STATUSES = List.of("open", "waived");
    private final ObjectProvider<Store> store;
    private final CheckService checks;
    private final FileNameCompletionProvider files = new FileNameCompletionProvider();

    public WorkspaceCompletion(ObjectProvider<Store> store, CheckService checks) {
        this.store = store;
        this.checks = checks;
    }

    @Override
    public List<CompletionProposal> apply(CompletionContext context) {
        try {
            // JLine keeps the candidates that start with the word typed so far
            return values(context);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private List<CompletionProposal> values(CompletionContext context) {
        CommandOption option = context.getCommandOption();
        String command =
                context.getCommand() == null ? "" : context.getCommand().getName();
        if (option != null) {
            return switch (option.longName()) {
                case "run" -> strings(query("SELECT CAST(id AS VARCHAR(20)) FROM run ORDER BY id DESC"));
                case "dataset" ->
                    strings(query("SELECT CAST(id AS VARCHAR(20)) FROM dataset_version ORDER BY id DESC"));
                case "rule" ->
                    strings(rules().stream().map(RuleInfo::id).distinct().toList());
                case "area" ->
                    strings(rules().stream()
                            .map(org.minecheck.compliance.ResultStates::area)
                            .distinct()
                            .sorted()
                            .toList());
                case "region" ->
                    strings(query("SELECT DISTINCT region_code FROM result_state WHERE region_code IS NOT NULL"
                            + " ORDER BY region_code"));
                case "severity", "fail-on" ->
                    strings(java.util.Arrays.stream(Severity.values())
                            .map(Severity::code)
                            .toList());
                case "lang" -> strings(LANGS);
                case "format" -> strings(FORMATS);
                case "status" -> strings(STATUSES);
                case "department" ->
                    strings(java.util.Arrays.stream(org.minecheck.finding.Department.values())
                            .map(org.minecheck.finding.Department::code)
                            .toList());
                case "out", "rules" -> files.apply(context);
                default -> List.of();
            };
        }
        return switch (command) {
            case "diff", "replay" -> strings(query("SELECT CAST(id AS VARCHAR(20)) FROM run ORDER BY id DESC"));
            case "waive", "explain" ->
                strings(query("SELECT finding_key FROM finding WHERE run_id = (SELECT MAX(id) FROM run)"
                        + " ORDER BY position"));
            case "waiver approve" ->
                strings(query("SELECT 'W' || CAST(id AS VARCHAR(20)) FROM waiver WHERE approved_by IS NULL"
                        + " ORDER BY id"));
            case "import", "check" -> files.apply(context);
            default -> List.of();
        };
    }

    private List<RuleInfo> rules() {
        try {
            return checks.ruleBooks().get(null).rules();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** Rows of a one-column query, or nothing when the store is not available. */
    private List<String> query(String sql) {
        Store s = store.getIfAvailable();
        if (s == null) return List.of();
        return s.jdbc().sql(sql).query(String.class).list();
    }

    private static List<CompletionProposal> strings(List<String> values) {
        Set<String> unique = new LinkedHashSet<>(values);
        List<CompletionProposal> out = new ArrayList<>();
        for (String v : unique) if (v != null) out.add(new CompletionProposal(v));
        return out;
    }
}
