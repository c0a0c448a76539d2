package org.minecheck.shell;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.shell.core.NonInteractiveShellRunner;
import org.springframework.shell.core.ShellRunner;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;

@Configuration
class ShellConfig {

    /** The stock non-interactive runner writes command output nowhere; ours writes it to standard output in UTF-8. */
    @Bean
    @Primary
    @ConditionalOnProperty(name = "spring.shell.interactive.enabled", havingValue = "false")
    ShellRunner minecheckNonInteractiveRunner(CommandParser parser, CommandRegistry registry) {
        return new NonInteractiveShellRunner(parser, registry,
                new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    }
}
