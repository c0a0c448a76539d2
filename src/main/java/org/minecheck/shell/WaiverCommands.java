package org.minecheck.shell;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minecheck.i18n.Texts;
import org.minecheck.report.Table;
import org.minecheck.store.StoredFinding;
import org.minecheck.store.Workspace;
import org.minecheck.waiver.Waiver;
import org.minecheck.waiver.WaiverRepository;
import org.minecheck.waiver.WaiverRules;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code waive FINDING --reason TEXT --until DATE}, {@code waiver approve W} (by another user) and {@code waivers}.
 * The rules (reason and expiry required, four eyes, expiry at 00:00 China time) are {@link WaiverRules}'.
 */
@Component
public class WaiverCommands {
    private final WorkspaceCommands workspace;
    private final CommandOutcomes outcomes;
    private final CommandLine commandLine;

    public WaiverCommands(WorkspaceCommands workspace, CommandOutcomes outcomes, CommandLine commandLine) {
        this.workspace = workspace;
        this.outcomes = outcomes;
        this.commandLine = commandLine;
    }

    @Command(
            name = "waive",
            completionProvider = "workspaceCompletion",
            description = "Ask to waive a finding until a date (ends at 00:00 China time on it); another user approves")
    public void waive(
            @Argument(index = 0, description = "the finding's key, as findings and diff show it") String finding,
            @Option(longName = "reason", description = "why the finding is waived (required)") String reason,
            @Option(longName = "until", description = "expiry date YYYY-MM-DD: 00:00 China time (Asia/Shanghai)")
                    String until,
            @Option(longName = "user", description = "who asks (default: minecheck.user, else the OS user)")
                    String user,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            Texts t = Texts.of(locale);
            commandLine.requireLanguage(lang, locale);
            if (WorkspaceCommands.blank(finding)) throw new UsageException(t.get("help.waive.synopsis"));
            LocalDate expires = date(until, locale);
            Instant now = Instant.now();
            var refused = WaiverRules.checkRequest(reason, expires, now);
            if (refused.isPresent()) throw refusal(refused.get(), locale);
            Workspace ws = workspace.workspace(locale);
            StoredFinding f = ws.runs()
                    .latestFinding(finding.strip())
                    .orElseThrow(() -> new UsageException(t.format("waiver.noFinding", finding.strip())));
            WaiverRepository repo = workspace.waivers(locale);
            Waiver w = repo.request(f.key(), f.ruleId(), reason, expires, workspace.user(user));
            PrintWriter out = context.outputWriter();
            out.println(t.format(
                    "waiver.requested",
                    WaiverRules.id(w),
                    w.findingKey(),
                    w.expiresOn().toString(),
                    w.requestedBy()));
            out.flush();
            return ExitCode.CLEAN;
        });
    }

    @Command(
            name = {"waiver", "approve"},
            completionProvider = "workspaceCompletion",
            description = "Approve a waiver asked for by another user")
    public void approve(
            @Argument(index = 0, description = "the waiver, W1 or 1") String id,
            @Option(longName = "user", description = "who approves (default: minecheck.user, else the OS user)")
                    String user,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            Texts t = Texts.of(locale);
            commandLine.requireLanguage(lang, locale);
            long n = WaiverRules.parseId(id);
            if (n < 0) throw new UsageException(t.format("waiver.noWaiver", String.valueOf(id)));
            WaiverRepository repo = workspace.waivers(locale);
            Waiver w = repo.find(n).orElseThrow(() -> new UsageException(t.format("waiver.noWaiver", id.strip())));
            String approver = workspace.user(user);
            var refused = WaiverRules.checkApproval(w, approver, Instant.now());
            if (refused.isPresent()) throw refusal(refused.get(), locale);
            if (!repo.approve(n, approver)) {
                // approved by someone else between our read and our write
                Waiver now = repo.find(n).orElseThrow();
                throw new UsageException(t.format("waiver.alreadyApproved", WaiverRules.id(now), now.approvedBy()));
            }
            PrintWriter out = context.outputWriter();
            out.println(t.format(
                    "waiver.approved",
                    WaiverRules.id(w),
                    w.findingKey(),
                    w.expiresOn().toString(),
                    approver));
            out.flush();
            return ExitCode.CLEAN;
        });
    }

    @Command(
            name = "waivers",
            completionProvider = "workspaceCompletion",
            description = "List the waivers, or those in force that expire within a period")
    public void list(
            @Option(longName = "expiring-within", description = "only waivers in force ending within, e.g. 30d")
                    String within,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            Texts t = Texts.of(locale);
            commandLine.requireLanguage(lang, locale);
            Duration period = WorkspaceCommands.blank(within) ? null : period(within, locale);
            Instant now = Instant.now();
            List<Waiver> all = workspace.waivers(locale).list();
            PrintWriter out = context.outputWriter();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {
                t.get("waiver.col.id"),
                t.get("store.col.finding"),
                t.get("waiver.col.until"),
                t.get("store.col.status"),
                t.get("waiver.col.requestedBy"),
                t.get("waiver.col.approvedBy"),
                t.get("waiver.col.reason")
            });
            for (Waiver w : all) {
                WaiverRules.Status status = WaiverRules.status(w, now);
                if (period != null
                        && (status != WaiverRules.Status.IN_FORCE
                                || WaiverRules.expiresAt(w.expiresOn()).isAfter(now.plus(period)))) continue;
                rows.add(new String[] {
                    WaiverRules.id(w),
                    w.findingKey(),
                    w.expiresOn().toString(),
                    t.get("waiver.status." + status.name().toLowerCase(Locale.ROOT)),
                    w.requestedBy(),
                    w.approvedBy() == null ? "—" : w.approvedBy(),
                    w.reason()
                });
            }
            if (rows.size() > 1) Table.print(rows, new int[] {6, 30, 10, 10, 12, 12, 40}, out);
            out.println(t.format("waiver.listed", rows.size() - 1, all.size()));
            out.flush();
            return ExitCode.CLEAN;
        });
    }

    private static UsageException refusal(WaiverRules.Refusal r, Locale locale) {
        Object[] args = java.util.Arrays.stream(r.args()).map(String::valueOf).toArray();
        return new UsageException(Texts.of(locale).format(r.key(), args));
    }

    private static LocalDate date(String text, Locale locale) throws UsageException {
        if (WorkspaceCommands.blank(text))
            throw new UsageException(Texts.of(locale).get("waiver.untilRequired"));
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(Texts.of(locale).format("waiver.badDate", text));
        }
    }

    /** "30d", "30" (days) or "6w". */
    static Duration period(String text, Locale locale) throws UsageException {
        String s = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (s.endsWith("w")) return Duration.ofDays(7 * Long.parseLong(s.substring(0, s.length() - 1)));
            if (s.endsWith("d")) s = s.substring(0, s.length() - 1);
            long days = Long.parseLong(s);
            if (days >= 0) return Duration.ofDays(days);
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new UsageException(Texts.of(locale).format("waiver.badPeriod", text));
    }
}
