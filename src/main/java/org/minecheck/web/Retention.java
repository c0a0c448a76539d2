package org.minecheck.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Stored uploads are deleted {@code minecheck.web.retention} after they were uploaded (default 30 days): their bytes
 * go, their names and SHA-256 digests stay for the receipts, and the findings stay. Runs at start and then every
 * {@code minecheck.web.retention-sweep} (default one hour).
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
public class Retention implements ApplicationListener<ApplicationStartedEvent>, DisposableBean {
    private final WebRunRepository runs;
    private final Duration retention;
    private final Duration sweep;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public Retention(
            WebRunRepository runs,
            @Value("${minecheck.web.retention:30d}") Duration retention,
            @Value("${minecheck.web.retention-sweep:1h}") Duration sweep) {
        this.runs = runs;
        this.retention = retention;
        this.sweep = sweep;
        this.clock = Clock.systemUTC();
    }

    public Duration retention() {
        return retention;
    }

    /** Deletes the bytes of the uploads older than the retention period at {@code now}; returns how many. */
    public int purge(OffsetDateTime now) {
        return runs.deleteUploadsBefore(now.minus(retention));
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "minecheck-web-retention");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        purge(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
                    } catch (RuntimeException e) {
                        // the next sweep tries again; a failed one is logged, never fatal to the server
                        org.slf4j.LoggerFactory.getLogger(Retention.class).error("retention sweep failed", e);
                    }
                },
                0,
                sweep.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        if (timer != null) timer.shutdownNow();
    }
}
