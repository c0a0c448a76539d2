package org.minecheck;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.minecheck.engine.RuleBookRegistry;
import org.minecheck.shell.CommandOutcomes;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * minecheck: with arguments it runs one command and exits with that command's exit code (README, "Exit codes");
 * without arguments it opens the interactive shell.
 */
@SpringBootApplication
public class MinecheckApplication {
    /** Commands that need the national rule pack at once: its compilation starts while the rest of Spring starts. */
    private static final Set<String> NEED_RULES = Set.of("check", "rules", "template");

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the application with these arguments, closes it, and returns the exit code; tests call this in-process. */
    public static int run(String... args) {
        SpringApplication app = new SpringApplication(MinecheckApplication.class);
        app.setDefaultProperties(Map.of("spring.shell.interactive.enabled", String.valueOf(args.length == 0)));
        if (args.length > 0
                && NEED_RULES.contains(args[0])
                && Arrays.stream(args).noneMatch(a -> a.startsWith("--rules"))) {
            // The registry is created early in the context's refresh; compiling there overlaps the rest of the start.
            app.addInitializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new CompileEarly()));
        }
        try (ConfigurableApplicationContext context = app.run(args)) {
            return context.getBean(CommandOutcomes.class).last().code();
        }
    }

    /** Starts compiling the national pack as soon as the registry bean exists. */
    private static final class CompileEarly implements org.springframework.beans.factory.config.BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (bean instanceof RuleBookRegistry r) r.compileBundledInBackground();
            return bean;
        }
    }
}
