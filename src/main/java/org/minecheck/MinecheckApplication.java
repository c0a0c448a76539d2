package org.minecheck;

import java.util.Map;
import org.minecheck.shell.ExitCode;
import org.minecheck.shell.RuleBooks;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * minecheck: with arguments it runs one command and exits with that command's exit code (0 clean, 1 findings at or
 * above --fail-on, 2 unreadable input or a usage mistake); without arguments it opens the interactive shell.
 */
@SpringBootApplication
public class MinecheckApplication {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the application with these arguments, closes it, and returns the exit code; tests call this in-process. */
    public static int run(String... args) {
        ExitCode.reset();
        SpringApplication app = new SpringApplication(MinecheckApplication.class);
        if (args.length > 0 && java.util.Set.of("check", "rules", "template").contains(args[0])
                && java.util.Arrays.stream(args).noneMatch(a -> a.startsWith("--rules"))
                && System.getenv("MINECHECK_RULES") == null && System.getProperty("minecheck.rules") == null) {
            // Compile the bundled rules while the rest of Spring starts; not before logging is configured, or the
            // rule compiler's log lines would reach the console unfiltered.
            app.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) e -> RuleBooks.compileBundledEarly());
        }
        app.setDefaultProperties(Map.of("spring.shell.interactive.enabled", String.valueOf(args.length == 0)));
        try (ConfigurableApplicationContext context = app.run(args)) {
            return ExitCode.get();
        }
    }
}
