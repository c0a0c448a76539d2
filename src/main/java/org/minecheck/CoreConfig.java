package org.minecheck;

import java.util.List;
import org.minecheck.config.MinecheckProperties;
import org.minecheck.engine.api.CheckExtension;
import org.minecheck.fund.FundExtension;
import org.minecheck.regional.RegionalExtension;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core's beans: settings and the engine's extensions (fund rates, regional tallies and progress). */
@Configuration
@EnableConfigurationProperties(MinecheckProperties.class)
public class CoreConfig {

    /** The extensions every check runs, in the order their tables are reported. */
    public static List<CheckExtension> standardExtensions() {
        return List.of(new FundExtension(), new RegionalExtension());
    }

    @Bean
    FundExtension fundExtension() {
        return new FundExtension();
    }

    @Bean
    RegionalExtension regionalExtension() {
        return new RegionalExtension();
    }
}
