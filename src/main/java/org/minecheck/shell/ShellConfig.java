package org.minecheck.shell;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.shell.core.ShellRunner;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;

@Configuration
class ShellConfig {

    /**
     * With arguments, one command runs and the process ends: our runner writes to standard output in UTF-8 (the stock
     * one wrote nowhere in 4.0.0), keeps file names with spaces whole and reports usage mistakes with exit code 2.
     */
    @Bean
    @Primary
    @ConditionalOnProperty(name = "spring.shell.interactive.enabled", havingValue = "false")
    ShellRunner minecheckNonInteractiveRunner(
            CommandParser parser, CommandRegistry registry, CommandOutcomes outcomes) {
        return new OneCommandRunner(parser, registry, outcomes);
    }

    /**
     * Without arguments, the interactive shell: Ctrl-C cancels the running command instead of ending the process, and
     * unknown options are refused as in one-shot mode.
     */
    @Bean
    @Primary
    @ConditionalOnProperty(name = "spring.shell.interactive.enabled", havingValue = "true")
    ShellRunner minecheckInteractiveRunner(
            org.jline.reader.LineReader reader,
            CommandParser parser,
            CommandRegistry registry,
            CommandOutcomes outcomes) {
        return new InteractiveRunner(reader, parser, registry, outcomes);
    }
}
