package org.minecheck.shell;

import java.io.PrintStream;
import java.util.Locale;
import org.minecheck.engine.api.Progress;
import org.minecheck.i18n.Texts;

/**
 * A progress line on standard error for work that takes longer than about two seconds, redrawn at most five times a
 * second, only when standard error is a terminal (a pipe or a log file gets nothing). {@link #close} clears it.
 */
final class TerminalProgress implements Progress, AutoCloseable {
    private static final long SHOW_AFTER_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintStream err;
    private final Texts texts;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final java.util.concurrent.ScheduledExecutorService ticker;
    private long lastDraw;
    private boolean drawn;
    private boolean terminalDone;
    private String phase = "read";
    private long done;
    private long total;

    TerminalProgress(Locale locale) {
        this.err = System.err;
        this.texts = Texts.of(locale);
        this.terminal = System.console() != null;
        // a phase without counts (reading a large workbook) still shows that work goes on, with the time spent
        this.ticker = terminal
                ? java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "minecheck-progress");
                    t.setDaemon(true);
                    return t;
                })
                : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::redraw, 500, 500, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void redraw() {
        update(phase, done, total);
    }

    @Override
    public synchronized void update(String phase, long done, long total) {
        if (!terminal || terminalDone) return;
        this.phase = phase;
        this.done = done;
        this.total = total;
        long now = System.nanoTime();
        if (now - start < SHOW_AFTER_NANOS || now - lastDraw < REDRAW_NANOS) return;
        lastDraw = now;
        String what = texts.get("progress." + phase);
        String line = total > 0
                ? String.format(Locale.ROOT, "%s %,d / %,d (%d%%)", what, done, total, done * 100 / total)
                : String.format(Locale.ROOT, "%s … %d s", what, (now - start) / 1_000_000_000L);
        err.print("\r" + line + "\033[K");
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        if (ticker != null) ticker.shutdownNow();
        terminalDone = true;
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
