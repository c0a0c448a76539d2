package org.minecheck;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.minecheck.engine.RuleBookRegistry;
import org.minecheck.shell.CommandOutcomes;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * minecheck: with arguments it runs one command and exits with that command's exit code (README, "Exit codes");
 * without arguments it opens the interactive shell. {@code serve} starts the web door instead ({@link #serve}): the
 * only command that starts a servlet container; every other command runs without one (web-application-type=none),
 * and the web package's beans are conditional on a servlet application, so none of them exists for those.
 */
@SpringBootApplication
public class MinecheckApplication {
    /** The web door's port when {@code serve} is given none (README, "The web door"). */
    public static final int DEFAULT_PORT = 8080;

    /** Commands that need the national rule pack at once: its compilation starts while the rest of Spring starts. */
    private static final Set<String> NEED_RULES = Set.of("check", "rules", "template");

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the application with these arguments, closes it, and returns the exit code; tests call this in-process. */
    public static int run(String... args) {
        if (args.length > 0 && args[0].equals("serve")) return serve(args);
        // Boot warms up Tomcat's classes in a background thread whatever the application type: not for a command
        if (System.getProperty("spring.backgroundpreinitializer.ignore") == null)
            System.setProperty("spring.backgroundpreinitializer.ignore", "true");
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

    /**
     * {@code serve [--port N]}: the web door on that port (default {@value #DEFAULT_PORT}) until the process is stopped;
     * returns 0 once it has shut down, or 2 when the port is not a number.
     */
    static int serve(String... args) {
        Integer port = DEFAULT_PORT;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) port = parsePort(args[i + 1]);
            else if (args[i].startsWith("--port=")) port = parsePort(args[i].substring("--port=".length()));
        }
        if (port == null) {
            System.out.println("serve: --port takes a number from 0 to 65535");
            return 2;
        }
        ConfigurableApplicationContext context;
        try {
            context =
                    webApplication(Map.of("server.port", String.valueOf(port))).run(args);
        } catch (RuntimeException e) {
            // e.g. the port is taken: one line, the details in the log file, never a stack trace
            Throwable cause = e;
            while (cause.getCause() != null) cause = cause.getCause();
            System.err.println("serve: the web door did not start: "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())
                    + " (details in the log file, logging.file.name)");
            return 5;
        }
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        context.addApplicationListener(
                (org.springframework.context.ApplicationListener<org.springframework.context.event.ContextClosedEvent>)
                        e -> closed.countDown());
        if (!context.isActive()) return 0;
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static Integer parsePort(String s) {
        try {
            int p = Integer.parseInt(s.strip());
            return p >= 0 && p <= 65535 ? p : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The application with the web door: a servlet context (which application.properties switches off for the command
     * line), the web package's beans, and {@code properties} over everything else (tests pass a port of 0, a data
     * folder, a database). Run it with the arguments {@code serve}.
     */
    public static SpringApplication webApplication(Map<String, ?> properties) {
        SpringApplication app = new SpringApplication(MinecheckApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        StandardEnvironment environment = new StandardEnvironment();
        Map<String, Object> first = new java.util.HashMap<>(properties);
        first.put("spring.main.web-application-type", "servlet");
        first.put("spring.shell.interactive.enabled", "false");
        environment.getPropertySources().addFirst(new MapPropertySource("minecheck-serve", first));
        app.setEnvironment(environment);
        return app;
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
