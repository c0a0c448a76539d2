package org.minecheck.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.minecheck.finding.Severity;
import org.minecheck.store.Store;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The inspection tables of the store (V4): directories, plans, draws, targets and rectification states. */
@Repository
@Lazy
public class InspectionStore {
    private final Store store;

    public InspectionStore(Store store) {
        this.store = store;
    }

    public record DirectoryRow(long id, String sha256, String fileName, int inspectors, int conflicts) {}

    public record PlanRow(
            long id,
            int year,
            long datasetId,
            long runId,
            long directoryId,
            List<String> items,
            Map<String, Double> ratios,
            List<String> departments,
            boolean riskWeighted,
            String rulePack,
            List<List<String>> enterprises) {}

    public record DrawRow(long id, long planId, String seed, LocalDate drawDate, String record, String recordSha256) {}

    public record RectificationRow(
            long drawId,
            String key,
            String enterpriseId,
            String ruleId,
            Severity severity,
            String department,
            Rectification.State state,
            LocalDate deadline,
            long openedRun,
            long lastRun) {}

    public record Target(String enterpriseId, String region, double probability) {}

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Stores a directory workbook; the same bytes return the version already stored. */
    public DirectoryRow saveDirectory(
            String name, byte[] content, String sha256, int inspectors, int conflicts, String by) {
        Optional<DirectoryRow> existing = directoryBySha(sha256);
        if (existing.isPresent()) return existing.get();
        var key = new GeneratedKeyHolder();
        store.jdbc()
                .sql("""
                        INSERT INTO inspection_directory (sha256, file_name, inspectors, conflicts, content, created_at,
                                                          created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(sha256, name, inspectors, conflicts, content, now(), by)
                .update(key, "id");
        return directory(key.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    public Optional<DirectoryRow> directory(long id) {
        return store.jdbc()
                .sql("SELECT id, sha256, file_name, inspectors, conflicts FROM inspection_directory WHERE id = ?")
                .param(id)
                .query((rs, n) -> directory(rs))
                .optional();
    }

    public Optional<DirectoryRow> directoryBySha(String sha256) {
        return store.jdbc()
                .sql("SELECT id, sha256, file_name, inspectors, conflicts FROM inspection_directory WHERE sha256 = ?")
                .param(sha256)
                .query((rs, n) -> directory(rs))
                .optional();
    }

    public List<DirectoryRow> directories() {
        return store.jdbc()
                .sql("SELECT id, sha256, file_name, inspectors, conflicts FROM inspection_directory ORDER BY id")
                .query((rs, n) -> directory(rs))
                .list();
    }

    public byte[] directoryContent(long id) {
        return store.jdbc()
                .sql("SELECT content FROM inspection_directory WHERE id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    private static DirectoryRow directory(ResultSet rs) throws SQLException {
        return new DirectoryRow(
                rs.getLong("id"),
                rs.getString("sha256"),
                rs.getString("file_name"),
                rs.getInt("inspectors"),
                rs.getInt("conflicts"));
    }

    public long savePlan(PlanRow p, String by) {
        var key = new GeneratedKeyHolder();
        store.jdbc()
                .sql("""
                        INSERT INTO inspection_plan (plan_year, dataset_id, run_id, directory_id, items, ratios,
                                                     departments, risk_weighted, rule_pack, enterprises, created_at,
                                                     created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        p.year(),
                        p.datasetId(),
                        p.runId(),
                        p.directoryId(),
                        write(p.items()),
                        write(p.ratios()),
                        write(p.departments()),
                        p.riskWeighted(),
                        p.rulePack(),
                        write(p.enterprises()),
                        now(),
                        by)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public Optional<PlanRow> plan(long id) {
        return store.jdbc()
                .sql("SELECT * FROM inspection_plan WHERE id = ?")
                .param(id)
                .query((rs, n) -> new PlanRow(
                        rs.getLong("id"),
                        rs.getInt("plan_year"),
                        rs.getLong("dataset_id"),
                        rs.getLong("run_id"),
                        rs.getLong("directory_id"),
                        read(rs.getString("items"), new TypeReference<List<String>>() {}),
                        read(rs.getString("ratios"), new TypeReference<Map<String, Double>>() {}),
                        read(rs.getString("departments"), new TypeReference<List<String>>() {}),
                        rs.getBoolean("risk_weighted"),
                        rs.getString("rule_pack"),
                        read(rs.getString("enterprises"), new TypeReference<List<List<String>>>() {})))
                .optional();
    }

    public Optional<Long> latestPlan() {
        return store.jdbc()
                .sql("SELECT MAX(id) FROM inspection_plan")
                .query((rs, n) -> rs.getObject(1) == null ? null : rs.getLong(1))
                .optional();
    }

    /**
     * Stores a draw with its targets and the findings to rectify, all or nothing; {@code record} makes the published
     * record once the draw's id is known.
     */
    public DrawRow saveDraw(
            long planId,
            String seed,
            LocalDate drawDate,
            List<Target> targets,
            List<RectificationRow> findings,
            LongFunction<String> record,
            String by) {
        long id = store.inTransaction(() -> {
            var key = new GeneratedKeyHolder();
            store.jdbc().sql("""
                            INSERT INTO inspection_draw (plan_id, seed, draw_date, record, record_sha256, created_at,
                                                         created_by)
                            VALUES (?, ?, ?, '', '', ?, ?)""").params(planId, seed, drawDate, now(), by).update(key, "id");
            long drawId = key.getKeyAs(Number.class).longValue();
            String json = record.apply(drawId);
            store.jdbc()
                    .sql("UPDATE inspection_draw SET record = ?, record_sha256 = ? WHERE id = ?")
                    .params(json, DrawRecord.sha256(json), drawId)
                    .update();
            for (Target t : targets) {
                store.jdbc()
                        .sql("""
                                INSERT INTO inspection_target (draw_id, enterprise_id, region, probability, draw_date)
                                VALUES (?, ?, ?, ?, ?)""")
                        .params(drawId, t.enterpriseId(), t.region(), t.probability(), drawDate)
                        .update();
            }
            for (RectificationRow f : findings) {
                store.jdbc()
                        .sql("""
                                INSERT INTO rectification (draw_id, finding_key, enterprise_id, rule_id, severity,
                                    department, state, deadline, opened_run, last_run, updated_at)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(
                                drawId,
                                f.key(),
                                f.enterpriseId(),
                                f.ruleId(),
                                f.severity().code(),
                                f.department(),
                                f.state().code(),
                                f.deadline(),
                                f.openedRun(),
                                f.lastRun(),
                                now())
                        .update();
                event(drawId, f.key(), null, f.state(), f.openedRun(), null, by);
            }
            return drawId;
        });
        return draw(id).orElseThrow();
    }

    public Optional<DrawRow> draw(long id) {
        return store.jdbc()
                .sql("SELECT * FROM inspection_draw WHERE id = ?")
                .param(id)
                .query((rs, n) -> new DrawRow(
                        rs.getLong("id"),
                        rs.getLong("plan_id"),
                        rs.getString("seed"),
                        rs.getObject("draw_date", LocalDate.class),
                        rs.getString("record"),
                        rs.getString("record_sha256")))
                .optional();
    }

    public Optional<Long> latestDraw() {
        return store.jdbc()
                .sql("SELECT MAX(id) FROM inspection_draw")
                .query((rs, n) -> rs.getObject(1) == null ? null : rs.getLong(1))
                .optional();
    }

    /** Enterprises drawn by a draw dated on or after {@code from} and before {@code before}. */
    public Set<String> inspectedBetween(LocalDate from, LocalDate before) {
        return new HashSet<>(store.jdbc()
                .sql("SELECT DISTINCT enterprise_id FROM inspection_target WHERE draw_date >= ? AND draw_date < ?")
                .params(from, before)
                .query((rs, n) -> rs.getString(1))
                .list());
    }

    public List<RectificationRow> rectifications(long drawId) {
        return store.jdbc()
                .sql("SELECT * FROM rectification WHERE draw_id = ? ORDER BY enterprise_id, finding_key")
                .param(drawId)
                .query((rs, n) -> new RectificationRow(
                        rs.getLong("draw_id"),
                        rs.getString("finding_key"),
                        rs.getString("enterprise_id"),
                        rs.getString("rule_id"),
                        Severity.parse(rs.getString("severity")),
                        rs.getString("department"),
                        Rectification.State.parse(rs.getString("state")),
                        rs.getObject("deadline", LocalDate.class),
                        rs.getLong("opened_run"),
                        rs.getLong("last_run")))
                .list();
    }

    /** Moves one finding to a state (recording the event), in the caller's transaction. */
    public void update(RectificationRow f, Rectification.State to, long lastRun, Long runId, String note, String by) {
        store.jdbc()
                .sql("""
                        UPDATE rectification SET state = ?, last_run = ?, updated_at = ?
                        WHERE draw_id = ? AND finding_key = ?""")
                .params(to.code(), lastRun, now(), f.drawId(), f.key())
                .update();
        if (to != f.state()) event(f.drawId(), f.key(), f.state(), to, runId, note, by);
    }

    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return store.inTransaction(work);
    }

    private void event(
            long drawId,
            String key,
            Rectification.State from,
            Rectification.State to,
            Long run,
            String note,
            String by) {
        store.jdbc()
                .sql("""
                        INSERT INTO rectification_event (draw_id, finding_key, from_state, to_state, run_id, note,
                                                         created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(drawId, key, from == null ? null : from.code(), to.code(), run, note, now(), by)
                .update();
    }

    /** The events of a draw's findings, oldest first: key, from, to, run, note. */
    public List<String[]> events(long drawId) {
        return store.jdbc()
                .sql("""
                        SELECT finding_key, from_state, to_state, run_id, note FROM rectification_event
                        WHERE draw_id = ? ORDER BY id""")
                .param(drawId)
                .query((rs, n) -> new String[] {
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)
                })
                .list();
    }

    static String write(Object v) {
        try {
            return DrawRecord.JSON
                    .writer()
                    .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return DrawRecord.JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON column: " + e.getOriginalMessage(), e);
        }
    }
}
