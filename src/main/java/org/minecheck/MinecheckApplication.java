package org.minecheck;

import java.util.Map;
import org.minecheck.shell.ExitCode;
import org.springframework.boot.SpringApplication;
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
        app.setDefaultProperties(Map.of("spring.shell.interactive.enabled", String.valueOf(args.length == 0)));
        try (ConfigurableApplicationContext context = app.run(args)) {
            return ExitCode.get();
        }
    }
}
