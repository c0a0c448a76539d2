package org.minecheck.store;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database the workspace keeps its datasets and runs in: the embedded H2 file under {@code minecheck.data-dir},
 * or the PostgreSQL that {@code spring.datasource.url} names. Created on first use, after Flyway has migrated the
 * schema ({@code db/migration} plus {@code db/vendor/h2|postgresql}); docs/store.md describes it.
 */
@Component
@Lazy
@DependsOnDatabaseInitialization
public class Store {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final String vendor;

    public Store(DataSource dataSource) {
        this.template = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(template);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.vendor = product(dataSource);
    }

    private static String product(DataSource dataSource) {
        try (var c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** For batches of rows (a run's findings), which {@link JdbcClient} does not offer. */
    public JdbcTemplate template() {
        return template;
    }

    /** The database product, as the driver names it ("H2", "PostgreSQL"). */
    public String vendor() {
        return vendor;
    }

    /** Runs {@code work} in one transaction: all of its writes are kept, or none. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
