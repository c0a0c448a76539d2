package org.minecheck;

import java.util.Map;
import org.minecheck.shell.ExitCode;
import org.minecheck.shell.RuleBooks;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * minecheck: with arguments it runs one command and exits with that command's exit code (0 clean, 1 findings at or
 * above --fail-on, 2 unreadable input); without arguments it opens the interactive shell.
 */
@SpringBootApplication
public class MinecheckApplication {

    public static void main(String[] args) {
        if (args.length > 0 && java.util.Set.of("check", "rules", "template").contains(args[0])
                && java.util.Arrays.stream(args).noneMatch(a -> a.startsWith("--rules"))) {
            RuleBooks.compileBundledEarly();
        }
        SpringApplication app = new SpringApplication(MinecheckApplication.class);
        app.setDefaultProperties(Map.of("spring.shell.interactive.enabled", String.valueOf(args.length == 0)));
        app.run(args);
        System.exit(ExitCode.get());
    }
}
