package org.minecheck.store;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Keeps the database out of every command that does not use it. Boot's auto-configuration defines the data source,
 * Flyway and the JDBC helpers as ordinary singletons, so they would be created, and the schema migrated, when any
 * command starts ({@code check FILE}, {@code rules}, {@code template} need no database). Here every bean of the
 * database's kind is marked lazy: the first store command creates the data source, runs Flyway and opens the pool.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfig {

    @Bean
    static BeanFactoryPostProcessor minecheckLazyDatabase() {
        return StoreConfig::markLazy;
    }

    private static final String[] PREFIXES = {"org.springframework.boot.jdbc.", "org.springframework.boot.flyway.",
            "org.springframework.boot.sql.init.", "org.springframework.jdbc.", "org.flywaydb.", "com.zaxxer.hikari.",
            "org.minecheck.store."};

    static void markLazy(ConfigurableListableBeanFactory factory) {
        for (String name : factory.getBeanDefinitionNames()) {
            BeanDefinition definition = factory.getBeanDefinition(name);
            if (definition.isLazyInit() || definition.getRole() == BeanDefinition.ROLE_INFRASTRUCTURE) continue;
            Class<?> type = factory.getType(name, false);
            if (type != null && database(type) && !BeanFactoryPostProcessor.class.isAssignableFrom(type)
                    && !org.springframework.beans.factory.config.BeanPostProcessor.class.isAssignableFrom(type)
                    && type != StoreConfig.class) {
                definition.setLazyInit(true);
            }
        }
    }

    private static boolean database(Class<?> type) {
        if (DataSource.class.isAssignableFrom(type) || TransactionManager.class.isAssignableFrom(type)
                || TransactionOperations.class.isAssignableFrom(type)) {
            return true;
        }
        for (String p : PREFIXES) if (type.getName().startsWith(p)) return true;
        return false;
    }
}
