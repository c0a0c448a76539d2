package org.minecheck.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.minecheck.store.Store;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * The web door's runs, uploads and findings. Every public method takes the {@link Tenant} first and every query names
 * it ({@code tenant_id = ?}; for a regulator the submitted runs whose region lies in its region), so another tenant's
 * id finds nothing. Each call is one transaction that first tells PostgreSQL whose it is
 * ({@code set_config('app.tenant_id', …, true)}), which the row-level security policies of V3_1 check as a second wall.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Repository
public class WebRunRepository {
    public enum Kind {
        CHECK,
        PREVIEW
    }

    public enum Status {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    public record RunRow(
            long id,
            String publicId,
            String tenantId,
            String regionCode,
            Kind kind,
            LocalDate asOf,
            Status status,
            String failure,
            Long sourceRunId,
            String rulePack,
            String rulePackDigest,
            Integer findingCount,
            String problemsZh,
            String problemsEn,
            String chartZh,
            String chartEn,
            String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime finishedAt,
            OffsetDateTime submittedAt,
            OffsetDateTime uploadsDeletedAt) {
        public boolean finished() {
            return status == Status.DONE || status == Status.FAILED;
        }
    }

    public record Upload(String name, String sha256, long size, byte[] content) {}

    public record FindingRow(
            int position,
            String key,
            String ruleId,
            String severity,
            String subject,
            String messageZh,
            String messageEn,
            String fixZh,
            String fixEn,
            String basisZh,
            String basisEn,
            String evidenceZh,
            String evidenceEn,
            String mapZh,
            String mapEn) {}

    public record Result(
            String rulePack,
            String rulePackDigest,
            String problemsZh,
            String problemsEn,
            String chartZh,
            String chartEn,
            List<FindingRow> findings) {}

    private static final String RUN_COLUMNS = "id, public_id, tenant_id, region_code, kind, as_of, status, failure,"
            + " source_run_id, rule_pack, rule_pack_digest, finding_count, problems_zh, problems_en, chart_zh, chart_en,"
            + " created_by, created_at, finished_at, submitted_at, uploads_deleted_at";

    private final Store store;

    public WebRunRepository(Store store) {
        this.store = store;
    }

    /**
     * A new run of these uploads, or the tenant's run of the same request (same bytes, date and kind) when there is one
     * already: a retried upload gives the same run. Returns the run and whether it is new.
     */
    public Created create(
            Tenant t, String requestSha256, Kind kind, LocalDate asOf, Long sourceRunId, String user, List<Upload> up) {
        Optional<RunRow> existing = byRequest(t, requestSha256);
        if (existing.isPresent()) return new Created(existing.get(), false);
        try {
            return as(t, () -> {
                String publicId = UUID.randomUUID().toString();
                store.jdbc()
                        .sql(
                                "INSERT INTO web_run (public_id, tenant_id, region_code, request_sha256, kind, as_of,"
                                        + " status, source_run_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                publicId,
                                t.id(),
                                t.regionCode(),
                                requestSha256,
                                kind.name(),
                                asOf,
                                Status.QUEUED.name(),
                                sourceRunId,
                                user,
                                OffsetDateTime.now(ZoneOffset.UTC))
                        .update();
                RunRow run = one(t, publicId).orElseThrow();
                for (int i = 0; i < up.size(); i++) {
                    Upload u = up.get(i);
                    store.jdbc()
                            .sql(
                                    "INSERT INTO web_upload (run_id, position, tenant_id, name, sha256, size_bytes, content)"
                                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                            .params(run.id(), i, t.id(), u.name(), u.sha256(), u.size(), u.content())
                            .update();
                }
                return new Created(run, true);
            });
        } catch (DuplicateKeyException e) {
            // the same request raced in from another thread of this tenant: that run is the answer
            return new Created(byRequest(t, requestSha256).orElseThrow(() -> e), false);
        }
    }

    public record Created(RunRow run, boolean created) {}

    public Optional<RunRow> byRequest(Tenant t, String requestSha256) {
        return as(t, () -> store.jdbc()
                .sql("SELECT " + RUN_COLUMNS + " FROM web_run WHERE tenant_id = ? AND request_sha256 = ?")
                .params(t.id(), requestSha256)
                .query(WebRunRepository::run)
                .optional());
    }

    /** The tenant's run with this public id; empty for another tenant's (the page answers 404). */
    public Optional<RunRow> find(Tenant t, String publicId) {
        return as(t, () -> one(t, publicId));
    }

    private Optional<RunRow> one(Tenant t, String publicId) {
        return store.jdbc()
                .sql("SELECT " + RUN_COLUMNS + " FROM web_run WHERE tenant_id = ? AND public_id = ?")
                .params(t.id(), publicId)
                .query(WebRunRepository::run)
                .optional();
    }

    public Optional<RunRow> findById(Tenant t, long id) {
        return as(t, () -> store.jdbc()
                .sql("SELECT " + RUN_COLUMNS + " FROM web_run WHERE tenant_id = ? AND id = ?")
                .params(t.id(), id)
                .query(WebRunRepository::run)
                .optional());
    }

    /** The tenant's runs, newest first. */
    public List<RunRow> list(Tenant t) {
        return as(t, () -> store.jdbc()
                .sql("SELECT " + RUN_COLUMNS + " FROM web_run WHERE tenant_id = ? ORDER BY created_at DESC, id DESC")
                .param(t.id())
                .query(WebRunRepository::run)
                .list());
    }

    /** The tenant's last finished upload check before this run: what "fixed / still open / new" compares with. */
    public Optional<RunRow> previousCheck(Tenant t, RunRow run) {
        return as(t, () -> store.jdbc()
                .sql("SELECT " + RUN_COLUMNS
                        + " FROM web_run WHERE tenant_id = ? AND kind = 'CHECK' AND status = 'DONE'"
                        + " AND id < ? ORDER BY id DESC LIMIT 1")
                .params(t.id(), run.id())
                .query(WebRunRepository::run)
                .optional());
    }

    public List<Upload> uploads(Tenant t, long runId) {
        return as(t, () -> store.jdbc()
                .sql("SELECT name, sha256, size_bytes, content FROM web_upload WHERE tenant_id = ? AND run_id = ?"
                        + " ORDER BY position")
                .params(t.id(), runId)
                .query((rs, i) -> new Upload(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBytes(4)))
                .list());
    }

    public void markRunning(Tenant t, long runId) {
        as(t, () -> store.jdbc()
                .sql("UPDATE web_run SET status = 'RUNNING' WHERE tenant_id = ? AND id = ?")
                .params(t.id(), runId)
                .update());
    }

    public void fail(Tenant t, long runId, String reason) {
        as(t, () -> store.jdbc()
                .sql(
                        "UPDATE web_run SET status = 'FAILED', failure = ?, finished_at = ? WHERE tenant_id = ? AND id = ?")
                .params(reason, OffsetDateTime.now(ZoneOffset.UTC), t.id(), runId)
                .update());
    }

    /** The check's outcome, all in one transaction: the findings and the run marked done. */
    public void finish(Tenant t, long runId, Result r) {
        as(t, () -> {
            store.jdbc()
                    .sql("DELETE FROM web_finding WHERE tenant_id = ? AND run_id = ?")
                    .params(t.id(), runId)
                    .update();
            List<Object[]> rows = r.findings().stream()
                    .map(f -> new Object[] {
                        runId,
                        f.position(),
                        t.id(),
                        f.key(),
                        f.ruleId(),
                        f.severity(),
                        f.subject(),
                        f.messageZh(),
                        f.messageEn(),
                        f.fixZh(),
                        f.fixEn(),
                        f.basisZh(),
                        f.basisEn(),
                        f.evidenceZh(),
                        f.evidenceEn(),
                        f.mapZh(),
                        f.mapEn()
                    })
                    .toList();
            store.template()
                    .batchUpdate(
                            "INSERT INTO web_finding (run_id, position, tenant_id, finding_key, rule_id, severity,"
                                    + " subject, message_zh, message_en, fix_zh, fix_en, basis_zh, basis_en,"
                                    + " evidence_zh, evidence_en, map_svg_zh, map_svg_en)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            rows);
            return store.jdbc()
                    .sql("UPDATE web_run SET status = 'DONE', rule_pack = ?, rule_pack_digest = ?, finding_count = ?,"
                            + " problems_zh = ?, problems_en = ?, chart_zh = ?, chart_en = ?, finished_at = ?"
                            + " WHERE tenant_id = ? AND id = ?")
                    .params(
                            r.rulePack(),
                            r.rulePackDigest(),
                            r.findings().size(),
                            r.problemsZh(),
                            r.problemsEn(),
                            r.chartZh(),
                            r.chartEn(),
                            OffsetDateTime.now(ZoneOffset.UTC),
                            t.id(),
                            runId)
                    .update();
        });
    }

    public List<FindingRow> findings(Tenant t, long runId) {
        return as(t, () -> store.jdbc()
                .sql("SELECT * FROM web_finding WHERE tenant_id = ? AND run_id = ? ORDER BY position")
                .params(t.id(), runId)
                .query(WebRunRepository::finding)
                .list());
    }

    /** Marks a finished check run submitted (once; the first time stays); false when there is no such run. */
    public boolean submit(Tenant t, long runId) {
        return as(
                t,
                () -> store.jdbc()
                                .sql(
                                        "UPDATE web_run SET submitted_at = COALESCE(submitted_at, ?) WHERE tenant_id = ? AND id = ?"
                                                + " AND kind = 'CHECK' AND status = 'DONE'")
                                .params(OffsetDateTime.now(ZoneOffset.UTC), t.id(), runId)
                                .update()
                        == 1);
    }

    /** A regulator's view: the submitted runs of enterprises in its region, newest first. */
    public List<RunRow> submittedInRegion(Tenant regulator) {
        requireRegulator(regulator);
        return as(regulator, () -> store.jdbc()
                .sql("SELECT " + RUN_COLUMNS + " FROM web_run WHERE submitted_at IS NOT NULL AND region_code LIKE ?"
                        + " ORDER BY submitted_at DESC")
                .param(regulator.regionPrefix() + "%")
                .query(WebRunRepository::run)
                .list());
    }

    public Optional<RunRow> submitted(Tenant regulator, String publicId) {
        requireRegulator(regulator);
        return as(regulator, () -> store.jdbc()
                .sql("SELECT " + RUN_COLUMNS + " FROM web_run WHERE submitted_at IS NOT NULL AND region_code LIKE ?"
                        + " AND public_id = ?")
                .params(regulator.regionPrefix() + "%", publicId)
                .query(WebRunRepository::run)
                .optional());
    }

    public List<FindingRow> submittedFindings(Tenant regulator, long runId) {
        requireRegulator(regulator);
        return as(regulator, () -> store.jdbc()
                .sql(
                        "SELECT f.* FROM web_finding f JOIN web_run r ON r.id = f.run_id AND r.tenant_id = f.tenant_id"
                                + " WHERE r.submitted_at IS NOT NULL AND r.region_code LIKE ? AND f.run_id = ? ORDER BY f.position")
                .params(regulator.regionPrefix() + "%", runId)
                .query(WebRunRepository::finding)
                .list());
    }

    /** The input names and digests of a submitted run (its receipt); the bytes are not read. */
    public List<Upload> submittedInputs(Tenant regulator, long runId) {
        requireRegulator(regulator);
        return as(regulator, () -> store.jdbc()
                .sql("SELECT u.name, u.sha256, u.size_bytes FROM web_upload u JOIN web_run r ON r.id = u.run_id"
                        + " AND r.tenant_id = u.tenant_id WHERE r.submitted_at IS NOT NULL AND r.region_code LIKE ?"
                        + " AND u.run_id = ? ORDER BY u.position")
                .params(regulator.regionPrefix() + "%", runId)
                .query((rs, i) -> new Upload(rs.getString(1), rs.getString(2), rs.getLong(3), null))
                .list());
    }

    /**
     * Retention: the bytes of every upload older than {@code cutoff} are deleted (names and digests stay, for the
     * receipts), for all tenants at once. Returns how many uploads lost their bytes.
     */
    @BeforeTenant
    public int deleteUploadsBefore(OffsetDateTime cutoff) {
        return system(() -> {
            int n = store.jdbc()
                    .sql("UPDATE web_upload SET content = NULL WHERE content IS NOT NULL AND run_id IN"
                            + " (SELECT id FROM web_run WHERE created_at < ?)")
                    .param(cutoff)
                    .update();
            store.jdbc()
                    .sql(
                            "UPDATE web_run SET uploads_deleted_at = ? WHERE uploads_deleted_at IS NULL AND created_at < ?")
                    .params(OffsetDateTime.now(ZoneOffset.UTC), cutoff)
                    .update();
            return n;
        });
    }

    /** Runs a previous process left queued or running (it stopped): checked again at start, so none is lost. */
    @BeforeTenant
    public List<Pending> unfinished() {
        return system(() -> store.jdbc()
                .sql("SELECT id, tenant_id, region_code FROM web_run WHERE status IN ('QUEUED', 'RUNNING') ORDER BY id")
                .query((rs, i) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list());
    }

    public record Pending(long runId, String tenantId, String regionCode) {}

    private static void requireRegulator(Tenant t) {
        if (!t.regulator()) throw new IllegalArgumentException("a regulator's query");
    }

    /** One transaction as this tenant: on PostgreSQL the row-level security policies see who it is. */
    private <T> T as(Tenant t, Supplier<T> work) {
        return store.inTransaction(() -> {
            if ("postgresql".equals(store.vendor())) {
                store.jdbc()
                        .sql("SELECT set_config('app.tenant_id', ?, true), set_config('app.region_prefix', ?, true)")
                        .params(t.regulator() ? "" : t.id(), t.regulator() ? t.regionPrefix() : "")
                        .query((rs, i) -> 1)
                        .list();
            }
            return work.get();
        });
    }

    private <T> T system(Supplier<T> work) {
        return store.inTransaction(() -> {
            if ("postgresql".equals(store.vendor())) {
                store.jdbc()
                        .sql("SELECT set_config('app.system', 'on', true)")
                        .query((rs, i) -> 1)
                        .list();
            }
            return work.get();
        });
    }

    private static RunRow run(ResultSet rs, int i) throws SQLException {
        long source = rs.getLong("source_run_id");
        Long sourceId = rs.wasNull() ? null : source;
        int count = rs.getInt("finding_count");
        Integer findingCount = rs.wasNull() ? null : count;
        return new RunRow(
                rs.getLong("id"),
                rs.getString("public_id"),
                rs.getString("tenant_id"),
                rs.getString("region_code"),
                Kind.valueOf(rs.getString("kind")),
                rs.getObject("as_of", LocalDate.class),
                Status.valueOf(rs.getString("status")),
                rs.getString("failure"),
                sourceId,
                rs.getString("rule_pack"),
                rs.getString("rule_pack_digest"),
                findingCount,
                rs.getString("problems_zh"),
                rs.getString("problems_en"),
                rs.getString("chart_zh"),
                rs.getString("chart_en"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class),
                rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getObject("uploads_deleted_at", OffsetDateTime.class));
    }

    private static FindingRow finding(ResultSet rs, int i) throws SQLException {
        return new FindingRow(
                rs.getInt("position"),
                rs.getString("finding_key"),
                rs.getString("rule_id"),
                rs.getString("severity"),
                rs.getString("subject"),
                rs.getString("message_zh"),
                rs.getString("message_en"),
                rs.getString("fix_zh"),
                rs.getString("fix_en"),
                rs.getString("basis_zh"),
                rs.getString("basis_en"),
                rs.getString("evidence_zh"),
                rs.getString("evidence_en"),
                rs.getString("map_svg_zh"),
                rs.getString("map_svg_en"));
    }
}
