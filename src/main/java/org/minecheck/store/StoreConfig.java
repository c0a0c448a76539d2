package org.minecheck.store;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The store's database, made only when a store command first needs it. Boot's JDBC, Flyway and transaction
 * auto-configurations are switched off in application.properties: they define their beans eagerly (a data source,
 * Flyway migrating at start-up, transaction proxies that pull in Reactor), which cost every one-shot command about
 * 640 classes and a database it does not use. The settings are still Boot's: {@code spring.datasource.*} (URL, user,
 * password, {@code spring.datasource.hikari.*}) and {@code spring.flyway.locations}; {@link Store} runs Flyway itself.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfig {

    @Bean
    @Lazy
    @ConfigurationProperties("spring.datasource")
    DataSourceProperties storeDataSourceProperties() {
        return new DataSourceProperties();
    }

    @Bean
    @Lazy
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource storeDataSource(DataSourceProperties storeDataSourceProperties) {
        HikariDataSource ds = storeDataSourceProperties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
        ds.setPoolName("minecheck-store");
        return ds;
    }
}
