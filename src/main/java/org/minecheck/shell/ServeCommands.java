package org.minecheck.shell;

import java.util.Locale;
import org.minecheck.i18n.Texts;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code serve [--port N]}: the web door (docs/web.md). The servlet container is started by
 * {@code MinecheckApplication.serve} before this command runs, so that no other command loads it; the command only says
 * where the door is. Typed in the interactive shell, it says how to start the server instead.
 */
@Component
public class ServeCommands {
    private final Environment environment;
    private final CommandOutcomes outcomes;
    private final CommandLine commandLine;

    public ServeCommands(Environment environment, CommandOutcomes outcomes, CommandLine commandLine) {
        this.environment = environment;
        this.outcomes = outcomes;
        this.commandLine = commandLine;
    }

    @Command(name = "serve", description = "Start the web door (self-check pages and HTTP API)")
    public void serve(
            @Option(longName = "port", description = "TCP port", defaultValue = "8080") String port,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            Texts t = Texts.of(locale);
            String local = environment.getProperty("local.server.port");
            if (local == null) {
                context.outputWriter().println(t.get("serve.fromCommandLine"));
                context.outputWriter().flush();
                return ExitCode.BAD_INPUT;
            }
            context.outputWriter().println(t.format("serve.listening", "http://localhost:" + local + "/"));
            context.outputWriter().flush();
            return ExitCode.CLEAN;
        });
    }
}
