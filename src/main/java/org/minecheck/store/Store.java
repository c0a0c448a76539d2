package org.minecheck.store;

import java.util.Arrays;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database the workspace keeps its datasets and runs in: the embedded H2 file under {@code minecheck.data-dir},
 * or the PostgreSQL that {@code spring.datasource.url} names. Made on first use: the schema is migrated by Flyway
 * ({@code spring.flyway.locations}: {@code db/migration} plus {@code db/vendor/h2|postgresql}) before anything else
 * touches it; docs/store.md describes it.
 */
@Component
@Lazy
public class Store {
    static final String DEFAULT_LOCATIONS = "classpath:db/migration,classpath:db/vendor/{vendor}";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final String vendor;

    public Store(DataSource storeDataSource, Environment environment) {
        this.vendor = vendor(storeDataSource);
        migrate(storeDataSource, environment.getProperty("spring.flyway.locations", DEFAULT_LOCATIONS), vendor);
        this.template = new JdbcTemplate(storeDataSource);
        this.jdbc = JdbcClient.create(template);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(storeDataSource));
    }

    /** Brings the schema up to date; {vendor} in a location becomes "h2" or "postgresql". */
    static void migrate(DataSource dataSource, String locations, String vendor) {
        String[] resolved = Arrays.stream(locations.split(","))
                .map(String::strip)
                .map(l -> l.replace("{vendor}", vendor))
                .toArray(String[]::new);
        Flyway.configure()
                .dataSource(dataSource)
                .locations(resolved)
                .failOnMissingLocations(false)
                .load()
                .migrate();
    }

    /** Boot's id of the database behind the data source: "h2", "postgresql". */
    static String vendor(DataSource dataSource) {
        try (var c = dataSource.getConnection()) {
            return DatabaseDriver.fromJdbcUrl(c.getMetaData().getURL()).getId();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot connect to the store's database: " + e.getMessage(), e);
        }
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** For batches of rows (a run's findings), which {@link JdbcClient} does not offer. */
    public JdbcTemplate template() {
        return template;
    }

    /** The database: "h2" or "postgresql". */
    public String vendor() {
        return vendor;
    }

    /** Runs {@code work} in one transaction: all of its writes are kept, or none. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
