package org.minecheck.shell;

import java.util.Locale;
import org.jline.terminal.Terminal;
import org.minecheck.i18n.Texts;
import org.minecheck.report.ConsoleReport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * How wide the console output may be: {@code --width N} when given; else the terminal's width as JLine reports it when
 * the output is a terminal; else the COLUMNS variable; else 100 columns (a pipe, a file, a CI log).
 */
@Component
public class TerminalWidth {
    /** The width of output that is not a terminal. */
    public static final int NOT_A_TERMINAL = 100;
    /** The widest {@code --width} accepted. */
    public static final int MAX = 1000;

    private final ObjectProvider<Terminal> terminal;

    public TerminalWidth(ObjectProvider<Terminal> terminal) {
        this.terminal = terminal;
    }

    public int resolve(String option, Locale locale) throws UsageException {
        if (option != null && !option.isBlank()) {
            try {
                int w = Integer.parseInt(option.trim());
                if (w >= ConsoleReport.MIN_WIDTH && w <= MAX) return w;
            } catch (NumberFormatException notANumber) {
                // refused below
            }
            throw new UsageException(Texts.of(locale).format("usage.width", ConsoleReport.MIN_WIDTH, MAX, option));
        }
        if (System.console() != null) {
            Terminal t = terminal.getIfAvailable();
            if (t != null && t.getWidth() > 0) return Math.max(ConsoleReport.MIN_WIDTH, t.getWidth());
        }
        return fromEnvironment(System.getenv("COLUMNS"));
    }

    static int fromEnvironment(String columns) {
        try {
            int w = columns == null ? 0 : Integer.parseInt(columns.trim());
            if (w >= ConsoleReport.MIN_WIDTH && w <= MAX) return w;
        } catch (NumberFormatException ignored) {
            // not a number: the default
        }
        return NOT_A_TERMINAL;
    }
}
