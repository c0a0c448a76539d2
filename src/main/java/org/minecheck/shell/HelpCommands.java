package org.minecheck.shell;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Locale;
import org.minecheck.i18n.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code help} and {@code version}, in the chosen language: every command with one line, or one command's synopsis
 * with each option on its own line. Texts come from {@code help.<command>…} keys of the UI texts, falling back to the
 * command's own description.
 */
@Component
public class HelpCommands {
    private final ObjectProvider<CommandRegistry> registry;
    private final CommandOutcomes outcomes;
    private final CommandLine commandLine;

    public HelpCommands(ObjectProvider<CommandRegistry> registry, CommandOutcomes outcomes, CommandLine commandLine) {
        this.registry = registry;
        this.outcomes = outcomes;
        this.commandLine = commandLine;
    }

    @Command(name = "help", description = "List the commands, or show one command's options: help [COMMAND]")
    public void help(
            @Arguments java.util.List<String> command,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            PrintWriter w = context.outputWriter();
            if (command == null || command.isEmpty()) {
                overview(locale, w);
            } else {
                var c = registry.getObject().getCommandByName(String.join(" ", command));
                if (c == null)
                    throw new UsageException(Texts.of(locale)
                            .format("usage.unknownCommand", String.join(" ", command), String.join(", ", names())));
                command(c, locale, w);
            }
            w.flush();
            return ExitCode.CLEAN;
        });
    }

    @Command(name = "version", description = "Print minecheck's version")
    public void version(CommandContext context) {
        outcomes.run(commandLine.locale(null), () -> {
            String v = HelpCommands.class.getPackage().getImplementationVersion();
            context.outputWriter().println("minecheck " + (v == null ? "(development build)" : v));
            context.outputWriter().flush();
            return ExitCode.CLEAN;
        });
    }

    void overview(Locale locale, PrintWriter w) {
        Texts t = Texts.of(locale);
        w.println(t.get("help.usage"));
        w.println();
        w.println(t.get("help.commands"));
        for (var c : registry.getObject().getCommands().stream()
                .filter(c -> !c.isHidden())
                .sorted(Comparator.comparing(org.springframework.shell.core.command.Command::getName))
                .toList()) {
            w.printf("  %-10s %s%n", c.getName(), describe(t, c));
        }
        w.println();
        w.println(t.get("help.more"));
    }

    void command(org.springframework.shell.core.command.Command c, Locale locale, PrintWriter w) {
        Texts t = Texts.of(locale);
        String synopsis = t.find("help." + c.getName() + ".synopsis");
        w.println(synopsis != null ? synopsis : c.getName());
        w.println("  " + describe(t, c));
        if (c.getOptions().isEmpty()) return;
        w.println();
        w.println(t.get("help.options"));
        for (CommandOption o : c.getOptions()) {
            String text = t.find("help." + c.getName() + "." + o.longName());
            String description = text != null ? text : o.description();
            String def = o.defaultValue() == null || o.defaultValue().isEmpty()
                    ? ""
                    : " " + t.format("help.default", o.defaultValue());
            w.printf("  --%-10s %s%s%n", o.longName(), description == null ? "" : description, def);
        }
    }

    private static String describe(Texts t, org.springframework.shell.core.command.Command c) {
        String text = t.find("help." + c.getName());
        return text != null ? text : c.getDescription();
    }

    java.util.List<String> names() {
        return registry.getObject().getCommands().stream()
                .filter(c -> !c.isHidden())
                .map(org.springframework.shell.core.command.Command::getName)
                .sorted()
                .toList();
    }
}
