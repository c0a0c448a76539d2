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
import org.minecheck.compliance.ResultStates;
import org.minecheck.engine.RulePack;
import org.minecheck.finding.ResultState;
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
    private final PackRepository packs;

    public RunRepository(Store store, PackRepository packs) {
        this.store = store;
        this.packs = packs;
    }

    /** What a run was asked to do; the same request on the same dataset is the same run. */
    public record Request(
            long datasetId,
            LocalDate asOf,
            String rulePack,
            String rulePackDigest,
            String appVersion,
            String createdBy,
            String waiverDigest,
            List<Long> waiverIds,
            Map<String, StoredTable> sideTables) {}

    /** A side table of a check as stored: its columns and rows, each value as language-neutral text. */
    public record StoredTable(List<String> columns, List<List<String>> rows) {
        public int column(String name) {
            return columns.indexOf(name);
        }
    }

    /** The run's side tables by id (empty for a run stored before they were kept). */
    public Map<String, StoredTable> sideTables(long runId) {
        String json = store.jdbc()
                .sql("SELECT side_tables FROM run WHERE id = ?")
                .param(runId)
                .query(String.class)
                .optional()
                .orElse(null);
        return json == null ? Map.of() : Json.read(json, new TypeReference<Map<String, StoredTable>>() {});
    }

    public record Saved(RunRecord run, boolean existing) {}

    public Optional<RunRecord> find(long datasetId, LocalDate asOf, String rulePackDigest, String waiverDigest) {
        return store.jdbc()
                .sql("""
                        SELECT * FROM run WHERE dataset_id = ? AND as_of = ? AND rule_pack_digest = ?
                        AND waiver_digest = ?""")
                .params(datasetId, asOf, rulePackDigest, waiverDigest)
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
    public Saved save(Request request, List<StoredFinding> findings, List<ResultStates.Pair> states, RulePack pack) {
        Optional<RunRecord> existing =
                find(request.datasetId(), request.asOf(), request.rulePackDigest(), request.waiverDigest());
        if (existing.isPresent()) return new Saved(existing.get(), true);
        packs.save(pack);
        try {
            long id = store.inTransaction(() -> {
                long run = insert(request, findings);
                insertStates(run, states);
                return run;
            });
            return new Saved(find(id).orElseThrow(), false);
        } catch (DuplicateKeyException e) {
            return new Saved(
                    find(request.datasetId(), request.asOf(), request.rulePackDigest(), request.waiverDigest())
                            .orElseThrow(() -> e),
                    true);
        }
    }

    private void insertStates(long runId, List<ResultStates.Pair> states) {
        List<Object[]> rows = new ArrayList<>();
        for (ResultStates.Pair p : states) {
            rows.add(new Object[] {
                runId,
                p.ruleId(),
                p.subjectType(),
                p.subjectId(),
                p.state().code(),
                p.waiverId(),
                p.missing().isEmpty() ? null : Json.write(p.missing()),
                p.area(),
                p.department(),
                p.regionCode(),
                p.enterpriseId()
            });
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            store.template().batchUpdate("""
                    INSERT INTO result_state (run_id, rule_id, subject_type, subject_id, state, waiver_id, missing,
                                              area, department, region_code, enterprise_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    /** A run's result states, in rule and subject order. */
    public List<StoredState> states(long runId) {
        return store.jdbc()
                .sql("SELECT * FROM result_state WHERE run_id = ? ORDER BY rule_id, subject_type, subject_id")
                .param(runId)
                .query((rs, n) -> new StoredState(
                        rs.getString("rule_id"),
                        rs.getString("subject_type"),
                        rs.getString("subject_id"),
                        ResultState.parse(rs.getString("state")),
                        (Long) rs.getObject("waiver_id", Long.class),
                        rs.getString("missing") == null
                                ? List.of()
                                : Json.read(rs.getString("missing"), new TypeReference<List<String>>() {}),
                        rs.getString("area"),
                        rs.getString("department"),
                        rs.getString("region_code"),
                        rs.getString("enterprise_id")))
                .list();
    }

    /** The latest stored finding with this key (any run), for a waiver or an explanation. */
    public Optional<StoredFinding> latestFinding(String key) {
        return store.jdbc()
                .sql("SELECT * FROM finding WHERE finding_key = ? ORDER BY run_id DESC LIMIT 1")
                .param(key)
                .query((rs, n) -> finding(rs))
                .optional();
    }

    /** A finding of one run by key, or empty. */
    public Optional<StoredFinding> finding(long runId, String key) {
        return store.jdbc()
                .sql("SELECT * FROM finding WHERE run_id = ? AND finding_key = ? ORDER BY position LIMIT 1")
                .params(runId, key)
                .query((rs, n) -> finding(rs))
                .optional();
    }

    private long insert(Request r, List<StoredFinding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        int waived = 0;
        for (StoredFinding f : findings) {
            if (f.waived()) waived++;
            else counts.merge(f.severity(), 1, Integer::sum);
        }
        var key = new GeneratedKeyHolder();
        store.jdbc()
                .sql("""
                        INSERT INTO run (dataset_id, as_of, rule_pack, rule_pack_digest, app_version, created_at,
                                         created_by, critical_count, major_count, minor_count, warning_count,
                                         waiver_digest, waiver_ids, waived_count, side_tables)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
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
                        counts.getOrDefault(Severity.WARNING, 0),
                        r.waiverDigest(),
                        Json.write(r.waiverIds()),
                        waived,
                        r.sideTables() == null ? null : Json.write(r.sideTables()))
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
                Json.write(f.evidence()),
                f.status(),
                f.waiverId(),
                f.lapsedWaiverId(),
                f.area(),
                f.regionCode()
            });
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            store.template().batchUpdate("""
                    INSERT INTO finding (run_id, position, finding_key, rule_id, message_key, severity, department,
                                         subject_type, subject_id, subject_name, enterprise_id, enterprise_name,
                                         message_zh, message_en, evidence, status, waiver_id, lapsed_waiver_id,
                                         area, region_code)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.subList(from, Math.min(rows.size(), from + BATCH)));
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
        for (String[] column : new String[][] {
            {"area", filter.area()},
            {"department", filter.department()},
            {"region_code", filter.regionCode()},
            {"status", filter.status()}
        }) {
            if (column[1] == null) continue;
            sql.append(" AND ").append(column[0]).append(" = ?");
            params.add(column[1]);
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
                Json.read(rs.getString("evidence"), new TypeReference<List<StoredFinding.StoredEvidence>>() {}),
                rs.getString("status"),
                (Long) rs.getObject("waiver_id", Long.class),
                (Long) rs.getObject("lapsed_waiver_id", Long.class),
                rs.getString("area"),
                rs.getString("region_code"));
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
                counts,
                rs.getString("waiver_digest"),
                Json.read(rs.getString("waiver_ids"), new TypeReference<List<Long>>() {}),
                rs.getInt("waived_count"));
    }
}
