package org.minecheck.shell;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;

/**
 * Spring Shell 4.0.1's completer finds the command from every word that does not start with "-", so a partly typed
 * argument ({@code explain LIC-001/mi<Tab>}) or option value ({@code findings --rule LIC<Tab>}) is read as part of the
 * command's name and completes nothing. This completer names the command from the first one or two words instead and
 * asks that command's completion provider (with the option the previous word names, if any); everything else goes to
 * Spring Shell's completer.
 */
final class ArgumentCompleter implements Completer {
    private final Completer delegate;
    private final CommandRegistry registry;

    ArgumentCompleter(Completer delegate, CommandRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        String word = line.word();
        if (index < 1 || word == null || word.isEmpty() || word.startsWith("-")) {
            delegate.complete(reader, line, candidates);
            return;
        }
        Command command = null;
        for (int n = Math.min(2, index); n >= 1 && command == null; n--) {
            command = registry.getCommandByName(String.join(" ", words.subList(0, n)));
        }
        if (command == null || command.getCompletionProvider() == null) {
            delegate.complete(reader, line, candidates);
            return;
        }
        String previous = words.get(index - 1);
        CommandOption option = null;
        if (previous.startsWith("--")) {
            for (CommandOption o : command.getOptions())
                if (previous.substring(2).equals(o.longName())) option = o;
        }
        List<CompletionProposal> proposals;
        try {
            proposals = command.getCompletionProvider()
                    .apply(new CompletionContext(words, index, line.wordCursor(), command, option));
        } catch (RuntimeException e) {
            return;
        }
        for (CompletionProposal p : proposals) {
            candidates.add(
                    new Candidate(p.value(), p.displayText(), p.category(), p.description(), null, null, p.complete()));
        }
    }
}
