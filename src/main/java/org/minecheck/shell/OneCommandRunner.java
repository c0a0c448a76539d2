package org.minecheck.shell;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.ShellRunner;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Runs the one command given on the command line ({@code java -jar minecheck.jar check a.xlsx b.xlsx --as-of ...}).
 *
 * <p>Spring Shell 4.0.1's own non-interactive runner joins the arguments with spaces and parses the line again, so a
 * file name with a space fell apart into two files; it logged a missing option value and still exited 0, printed a
 * stack trace for a mistyped command and silently ignored unknown options (a mistyped {@code --fail-on} changed the
 * exit code a script sees). This runner quotes each argument before the shell parses the line, and turns every
 * usage mistake into one line on standard output and exit code 2. {@code @script} runs a file of commands
 * ({@link #script}).
 */
class OneCommandRunner implements ShellRunner {
    private final CommandParser parser;
    private final CommandRegistry registry;
    private final CommandOutcomes outcomes;

    OneCommandRunner(CommandParser parser, CommandRegistry registry, CommandOutcomes outcomes) {
        this.parser = parser;
        this.registry = registry;
        this.outcomes = outcomes;
    }

    @Override
    public void run(String[] args) throws Exception {
        // System.out is looked up per run, so a caller that redirects standard output sees the command's output
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        if (args.length == 1 && args[0].startsWith("@") && args[0].length() > 1) {
            script(java.nio.file.Path.of(args[0].substring(1)), out);
            return;
        }
        if (args.length > 1
                && !HELP.contains(args[0])
                && java.util.Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h"))) {
            // COMMAND … --help [--lang en]: that command's help; the rest of the line is not parsed (it may be
            // unfinished)
            List<String> help = new ArrayList<>(List.of("help", args[0]));
            for (int i = 1; i + 1 < args.length; i++) {
                if (args[i].equals("--lang")) help.addAll(List.of("--lang", args[i + 1]));
            }
            args = help.toArray(String[]::new);
        }
        if (args.length > 0 && HELP.contains(args[0])) {
            // minecheck --help | -h | help [COMMAND] [--lang en]: the help command with whatever follows
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            String[] asHelp = new String[rest.length + 1];
            asHelp[0] = "help";
            System.arraycopy(rest, 0, asHelp, 1, rest.length);
            args = asHelp;
        }
        dispatch(commandLine(args), out);
    }

    /**
     * Parses one command line and runs it, writing to {@code out}: usage mistakes (unknown command or option, a
     * missing value) become one line and exit code 2, never a stack trace. The interactive shell runs its lines here
     * too, so both reject the same mistakes with the same words.
     */
    void dispatch(String line, PrintWriter out) {
        try {
            ParsedInput input = parser.parse(withFlagValues(line, registry));
            String name = commandName(input);
            Command command = registry.getCommandByName(name);
            if (command == null) command = registry.getCommandByAlias(name);
            if (command == null) {
                usage(out, "unknown command: " + name + "; commands: " + String.join(", ", commandNames()));
                return;
            }
            if (input.options().stream().anyMatch(OneCommandRunner::isHelp)) {
                var help = ParsedInput.builder()
                        .commandName("help")
                        .addArgument(new CommandArgument(0, command.getName()));
                input.options().stream()
                        .filter(o -> "lang".equals(o.longName()))
                        .forEach(help::addOption);
                input = help.build();
                command = registry.getCommandByName("help");
            } else {
                String unknown = unknownOption(command, input);
                if (unknown != null) {
                    usage(
                            out,
                            "unknown option " + unknown + " for " + command.getName() + "; options: "
                                    + String.join(", ", optionNames(command)));
                    return;
                }
            }
            ExitStatus status = new CommandExecutor(registry)
                    .execute(new CommandContext(input, registry, out, new InputReader() {}));
            out.flush();
            if (status.code() != ExitStatus.OK.code() && outcomes.last() == ExitCode.CLEAN) {
                usage(out, status.description());
            }
        } catch (Exception e) {
            // parse errors ("Option '--as-of' requires a value") and anything a command let escape: a line, no trace
            Throwable cause = e;
            while (cause.getCause() != null) cause = cause.getCause();
            usage(out, cause.getMessage() == null ? cause.toString() : cause.getMessage());
        }
    }

    private static final Set<String> HELP = Set.of("--help", "-h", "help");

    /**
     * Spring Shell 4.0.1's parser asks the command named by the first word whether a bare option is a flag, so a
     * boolean option of a two-word command ({@code inspection plan … --risk}) wanted a value. A bare flag of the
     * command the words name (the longest match) becomes {@code --flag=true} before the parser sees it.
     */
    static String withFlagValues(String line, CommandRegistry registry) {
        String[] words = line.strip().split("\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        Command command = null;
        int used = 0;
        String name = "";
        for (int i = 0; i < words.length && !words[i].startsWith("-"); i++) {
            name = i == 0 ? words[0] : name + " " + words[i];
            Command c = registry.getCommandByName(name);
            if (c != null) {
                command = c;
                used = i + 1;
            }
        }
        if (command == null || used < 2) return line;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean bare = i >= used
                    && w.startsWith("--")
                    && !w.contains("=")
                    && (i + 1 == words.length || words[i + 1].startsWith("-"));
            if (bare) {
                String flag = w.substring(2);
                boolean isBoolean = command.getOptions().stream()
                        .anyMatch(o ->
                                flag.equals(o.longName()) && (o.type() == boolean.class || o.type() == Boolean.class));
                if (isBoolean) w = w + "=true";
            }
            out.append(i == 0 ? "" : " ").append(w);
        }
        return out.toString();
    }

    /**
     * Script mode ({@code minecheck @season.txt}): one command a line (blank lines and lines starting with # are
     * skipped), each echoed after a prompt and run as the interactive shell runs it. The first command that fails
     * (exit code 2 or more: a bad command, option or id, unreadable input, a refused pack) stops the script with one
     * line naming the script's line, and its exit code; otherwise the script's exit code is the highest of its
     * commands' (1 when a command reported findings at or above its --fail-on).
     */
    void script(java.nio.file.Path file, PrintWriter out) {
        List<String> lines;
        try {
            lines = java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            usage(
                    out,
                    "cannot read the script " + file + ": " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return;
        }
        ExitCode worst = ExitCode.CLEAN;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.equals("quit") || line.equals("exit")) break;
            out.println("minecheck> " + line);
            out.flush();
            outcomes.set(ExitCode.CLEAN);
            dispatch(line, out);
            ExitCode code = outcomes.last();
            if (code.code() >= ExitCode.BAD_INPUT.code()) {
                out.flush();
                outcomes.usage(file.getFileName() + ":" + (i + 1) + ": stopped at \"" + line + "\" (exit code "
                        + code.code() + ")");
                outcomes.set(code);
                return;
            }
            if (code.code() > worst.code()) worst = code;
        }
        outcomes.set(worst);
    }

    private void usage(PrintWriter out, String message) {
        out.flush();
        outcomes.usage(message);
    }

    /**
     * The arguments as one line the shell's parser splits back into the same words: each argument holding a space, a
     * quote or nothing at all is quoted, with backslashes and quotes escaped as the parser expects.
     */
    static String commandLine(String[] args) {
        List<String> words = new ArrayList<>();
        for (String a : args) {
            if (a.isEmpty() || a.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"')) {
                words.add('"' + a.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
            } else {
                words.add(a);
            }
        }
        return String.join(" ", words);
    }

    private static String commandName(ParsedInput input) {
        return input.subCommands().isEmpty()
                ? input.commandName()
                : input.commandName() + " " + String.join(" ", input.subCommands());
    }

    private static boolean isHelp(CommandOption o) {
        return "help".equals(o.longName()) || o.shortName() == 'h';
    }

    /** The first option given that the command does not declare, as typed (e.g. "--failon"), or null. */
    private static String unknownOption(Command command, ParsedInput input) {
        for (CommandOption given : input.options()) {
            boolean known = command.getOptions().stream()
                    .anyMatch(o -> (given.longName() != null
                                    && !given.longName().isEmpty()
                                    && given.longName().equals(o.longName()))
                            || (given.shortName() != ' ' && given.shortName() == o.shortName()));
            if (!known)
                return given.longName() == null || given.longName().isEmpty()
                        ? "-" + given.shortName()
                        : "--" + given.longName();
        }
        return null;
    }

    private static List<String> optionNames(Command command) {
        return command.getOptions().stream().map(o -> "--" + o.longName()).toList();
    }

    private Set<String> commandNames() {
        Set<String> names = new TreeSet<>();
        for (Command c : registry.getCommands()) if (!c.isHidden()) names.add(c.getName());
        return names;
    }
}
