package org.minecheck.shell;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.minecheck.engine.RuleBookException;
import org.minecheck.i18n.Texts;
import org.minecheck.report.ReportFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place where a command's end becomes an exit code and a failure becomes a message: usage mistakes and
 * unreadable files are the user's to fix (exit 2), a broken pack the operator's (exit 4), anything else is our bug
 * (exit 5, logged with its details). Error messages go to standard error, so standard output carries only the
 * requested output. The last command's code is read by {@code main} once the shell has finished.
 */
@Component
public class CommandOutcomes {
    private static final Logger LOG = LoggerFactory.getLogger(CommandOutcomes.class);
    private final AtomicReference<ExitCode> last = new AtomicReference<>(ExitCode.CLEAN);

    /** A command's work; returns how it ended. */
    @FunctionalInterface
    public interface Work {
        ExitCode run() throws Exception;
    }

    public ExitCode last() {
        return last.get();
    }

    public void set(ExitCode code) {
        last.set(code);
    }

    /** Runs a command's work and records its exit code; every failure is worded here, once. */
    public void run(Locale locale, Work work) {
        Texts t = Texts.of(locale);
        try {
            last.set(work.run());
        } catch (UsageException e) {
            fail(ExitCode.BAD_INPUT, e.getMessage());
        } catch (org.minecheck.engine.CheckStoppedException e) {
            fail(ExitCode.RULE_PACK, t.format("error.stopped", e.getMessage()));
        } catch (RuleBookException e) {
            fail(ExitCode.RULE_PACK, t.get("error.pack") + "\n  " + String.join("\n  ", e.problems()));
        } catch (ReportFileException e) {
            fail(ExitCode.BAD_INPUT, e.message(locale));
        } catch (NoSuchFileException e) {
            fail(ExitCode.BAD_INPUT, t.format("error.noSuchFile", e.getFile()));
        } catch (AccessDeniedException e) {
            fail(ExitCode.BAD_INPUT, t.format("error.accessDenied", e.getFile()));
        } catch (FileSystemException e) {
            fail(ExitCode.BAD_INPUT, t.format("error.io", e.getFile(), String.valueOf(e.getReason())));
        } catch (IOException e) {
            fail(ExitCode.BAD_INPUT, e.getMessage());
        } catch (InterruptedException | java.util.concurrent.CancellationException e) {
            Thread.currentThread().interrupt();
            fail(ExitCode.BAD_INPUT, t.get("error.interrupted"));
        } catch (Exception | LinkageError | AssertionError e) {
            if (cancelled(e)) {
                fail(ExitCode.BAD_INPUT, t.get("error.interrupted"));
                return;
            }
            LOG.error("internal error", e);
            fail(ExitCode.INTERNAL, t.format("error.internal", e.getClass().getSimpleName()));
        }
    }

    /** Ctrl-C reached the command: its thread is interrupted, or a library wrapped the interruption. */
    private static boolean cancelled(Throwable e) {
        if (Thread.currentThread().isInterrupted()) return true;
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof InterruptedException
                    || c instanceof java.util.concurrent.CancellationException
                    || c instanceof java.nio.channels.ClosedByInterruptException) return true;
        }
        return false;
    }

    /** A usage mistake found outside a command (unknown command or option): one line, exit code 2. */
    public void usage(String message) {
        fail(ExitCode.BAD_INPUT, message);
    }

    private void fail(ExitCode code, String message) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        err.println(message);
        err.flush();
        last.set(code);
    }
}
