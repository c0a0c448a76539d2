package org.minecheck;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * When no servlet context is started (every command but {@code serve}), the web door's auto-configurations — servlet
 * container, MVC, Thymeleaf, Spring Security, springdoc — are not even considered, so a one-shot command loads none of
 * their classes (registered in META-INF/spring.factories).
 */
public class CommandLineAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {
    private static final String[] WEB = {
        "org.springframework.boot.tomcat.",
        "org.springframework.boot.webmvc.",
        "org.springframework.boot.servlet.",
        "org.springframework.boot.thymeleaf.",
        "org.springframework.boot.security.",
        "org.springdoc."
    };
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
        boolean commandLine = environment != null
                && "none".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type", ""));
        boolean[] keep = new boolean[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            keep[i] = true;
            if (!commandLine || candidates[i] == null) continue;
            for (String prefix : WEB) if (candidates[i].startsWith(prefix)) keep[i] = false;
        }
        return keep;
    }
}
