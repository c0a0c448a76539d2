package org.minecheck.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minecheck.finding.Severity;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Runs and their findings. A run is written with all of its findings in one transaction, or not at all. */
@Repository
@Lazy
public class RunRepository {
    private static final int BATCH = 1000;
    private final Store store;

    public RunRepository(Store store) {
        this.store = store;
    }

    /** What a run was asked to do; the same request on the same dataset is the same run. */
    public record Request(
            long datasetId,
            LocalDate asOf,
            String rulePack,
            String rulePackDigest,
            String appVersion,
            String createdBy) {}

    public record Saved(RunRecord run, boolean existing) {}

    public Optional<RunRecord> find(long datasetId, LocalDate asOf, String rulePackDigest) {
        return store.jdbc()
                .sql("SELECT * FROM run WHERE dataset_id = ? AND as_of = ? AND rule_pack_digest = ?")
                .params(datasetId, asOf, rulePackDigest)
                .query((rs, n) -> run(rs))
                .optional();
    }

    public Optional<RunRecord> find(long id) {
        return store.jdbc()
                .sql("SELECT * FROM run WHERE id = ?")
                .param(id)
                .query((rs, n) -> run(rs))
                .optional();
    }

    public Optional<RunRecord> latest() {
        return store.jdbc()
                .sql("SELECT * FROM run ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> run(rs))
                .optional();
    }

    public List<RunRecord> list() {
        return store.jdbc()
                .sql("SELECT * FROM run ORDER BY id")
                .query((rs, n) -> run(rs))
                .list();
    }

    /**
     * Stores a run with its findings, all or nothing. When the same request was stored meanwhile (by another shell),
     * that run is returned and nothing is written.
     */
    public Saved save(Request request, List<StoredFinding> findings) {
        Optional<RunRecord> existing = find(request.datasetId(), request.asOf(), request.rulePackDigest());
        if (existing.isPresent()) return new Saved(existing.get(), true);
        try {
            long id = store.inTransaction(() -> insert(request, findings));
            return new Saved(find(id).orElseThrow(), false);
        } catch (DuplicateKeyException e) {
            return new Saved(
                    find(request.datasetId(), request.asOf(), request.rulePackDigest())
                            .orElseThrow(() -> e),
                    true);
        }
    }

    private long insert(Request r, List<StoredFinding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (StoredFinding f : findings) counts.merge(f.severity(), 1, Integer::sum);
        var key = new GeneratedKeyHolder();
        store.jdbc()
                .sql("""
                        INSERT INTO run (dataset_id, as_of, rule_pack, rule_pack_digest, app_version, created_at,
                                         created_by, critical_count, major_count, minor_count, warning_count)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        r.datasetId(),
                        r.asOf(),
                        r.rulePack(),
                        r.rulePackDigest(),
                        r.appVersion(),
                        OffsetDateTime.now(ZoneOffset.UTC),
                        r.createdBy(),
                        counts.getOrDefault(Severity.CRITICAL, 0),
                        counts.getOrDefault(Severity.MAJOR, 0),
                        counts.getOrDefault(Severity.MINOR, 0),
                        counts.getOrDefault(Severity.WARNING, 0))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        List<Object[]> rows = new ArrayList<>();
        int position = 0;
        for (StoredFinding f : findings) {
            rows.add(new Object[] {
                id,
                position++,
                f.key(),
                f.ruleId(),
                f.messageKey(),
                f.severity().code(),
                f.department(),
                f.subjectType(),
                f.subjectId(),
                f.subjectName(),
                f.enterpriseId(),
                f.enterpriseName(),
                f.messageZh(),
                f.messageEn(),
                Json.write(f.evidence())
            });
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            store.template().batchUpdate("""
                    INSERT INTO finding (run_id, position, finding_key, rule_id, message_key, severity, department,
                                         subject_type, subject_id, subject_name, enterprise_id, enterprise_name,
                                         message_zh, message_en, evidence)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        return id;
    }

    /** The findings of one run that pass the filter, in the run's order. */
    public List<StoredFinding> findings(FindingFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT * FROM finding WHERE run_id = ?");
        List<Object> params = new ArrayList<>(List.of(filter.runId()));
        if (filter.ruleId() != null) {
            sql.append(" AND rule_id = ?");
            params.add(filter.ruleId());
        }
        if (filter.atLeast() != null) {
            List<String> codes = new ArrayList<>();
            for (Severity s : Severity.values()) if (s.atLeast(filter.atLeast())) codes.add(s.code());
            sql.append(" AND severity IN (")
                    .append(String.join(", ", codes.stream().map(c -> "?").toList()))
                    .append(')');
            params.addAll(codes);
        }
        if (filter.enterpriseId() != null) {
            sql.append(" AND enterprise_id = ?");
            params.add(filter.enterpriseId());
        }
        sql.append(" ORDER BY position");
        return store.jdbc()
                .sql(sql.toString())
                .params(params)
                .query((rs, n) -> finding(rs))
                .list();
    }

    private static StoredFinding finding(ResultSet rs) throws SQLException {
        return new StoredFinding(
                rs.getLong("run_id"),
                rs.getString("finding_key"),
                rs.getString("rule_id"),
                rs.getString("message_key"),
                Severity.parse(rs.getString("severity")),
                rs.getString("department"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("subject_name"),
                rs.getString("enterprise_id"),
                rs.getString("enterprise_name"),
                rs.getString("message_zh"),
                rs.getString("message_en"),
                Json.read(rs.getString("evidence"), new TypeReference<List<StoredFinding.StoredEvidence>>() {}));
    }

    private static RunRecord run(ResultSet rs) throws SQLException {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) counts.put(s, rs.getInt(s.code() + "_count"));
        Timestamp created = rs.getTimestamp("created_at");
        return new RunRecord(
                rs.getLong("id"),
                rs.getLong("dataset_id"),
                rs.getObject("as_of", LocalDate.class),
                rs.getString("rule_pack"),
                rs.getString("rule_pack_digest"),
                rs.getString("app_version"),
                created == null ? Instant.EPOCH : created.toInstant(),
                rs.getString("created_by"),
                counts);
    }
}
