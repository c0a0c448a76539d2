package org.minecheck.shell;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;

/**
 * The interactive shell. Spring Shell 4.0.1's own runner quits on Ctrl-C, even in the middle of a command (the JVM's
 * default handler kills it), and ignores unknown options. Here Ctrl-C during a command interrupts that command and
 * returns to the prompt; Ctrl-C on a line being typed clears it; on an empty prompt it quits, except within a second
 * of a cancel (a second press meant for the command). Lines go through the same dispatch as one-shot commands.
 */
final class InteractiveRunner extends OneCommandRunner {
    private static final Set<String> QUIT = Set.of("quit", "exit");
    private static final long CANCEL_GRACE_MS = 1000;
    private final LineReader reader;

    InteractiveRunner(LineReader reader, CommandParser parser, CommandRegistry registry, CommandOutcomes outcomes) {
        super(parser, registry, outcomes);
        this.reader = reader;
        if (reader instanceof org.jline.reader.impl.LineReaderImpl impl && impl.getCompleter() != null) {
            impl.setCompleter(new ArgumentCompleter(impl.getCompleter(), registry));
        }
    }

    @Override
    public void run(String[] args) {
        Terminal terminal = reader.getTerminal();
        AtomicReference<Thread> running = new AtomicReference<>();
        long[] lastCancel = {0};
        // One permanent handler: it interrupts the command's thread while a command runs, and does nothing otherwise
        // (while a line is read, JLine turns Ctrl-C into UserInterruptException itself).
        terminal.handle(Terminal.Signal.INT, signal -> {
            Thread t = running.get();
            if (t != null) {
                lastCancel[0] = System.currentTimeMillis();
                t.interrupt();
            }
        });
        PrintWriter out = terminal.writer();
        AttributedString prompt = new AttributedString("minecheck> ");
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt.toAnsi(terminal));
            } catch (UserInterruptException e) {
                boolean empty = e.getPartialLine() == null || e.getPartialLine().isBlank();
                if (empty && System.currentTimeMillis() - lastCancel[0] > CANCEL_GRACE_MS) break;
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (line == null) break;
            if (line.isBlank()) continue;
            if (QUIT.contains(line.strip())) break;
            running.set(Thread.currentThread());
            try {
                dispatch(line, out);
            } finally {
                running.set(null);
                // a leftover interrupt flag would make the next readLine fail and the shell quit
                if (Thread.interrupted()) lastCancel[0] = System.currentTimeMillis();
                out.flush();
            }
        }
    }
}
