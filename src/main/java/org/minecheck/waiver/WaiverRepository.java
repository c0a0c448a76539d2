package org.minecheck.waiver;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.minecheck.store.Store;
import org.minecheck.store.WaiverSet;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Waivers in the workspace's database. A request is one row; an approval sets its approver only while it is still
 * waiting and the approver is not the requester (checked here and by the table's constraint), so two approvals at
 * once cannot both win. Nothing is deleted: a lapsed waiver stays, and the runs that it waived name it.
 */
@Repository
@Lazy
public class WaiverRepository {
    private final Store store;

    public WaiverRepository(Store store) {
        this.store = store;
    }

    public Waiver request(String findingKey, String ruleId, String reason, LocalDate expiresOn, String user) {
        var key = new GeneratedKeyHolder();
        store.jdbc()
                .sql("""
                        INSERT INTO waiver (finding_key, rule_id, reason, expires_on, requested_by, requested_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(findingKey, ruleId, reason.strip(), expiresOn, user, OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        return find(key.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    /** Sets the approver when the waiver is still waiting and was asked for by someone else; false otherwise. */
    public boolean approve(long id, String user) {
        return store.jdbc()
                        .sql("""
                                UPDATE waiver SET approved_by = ?, approved_at = ?
                                WHERE id = ? AND approved_by IS NULL AND requested_by <> ?""")
                        .params(user, OffsetDateTime.now(ZoneOffset.UTC), id, user)
                        .update()
                == 1;
    }

    public Optional<Waiver> find(long id) {
        return store.jdbc()
                .sql("SELECT * FROM waiver WHERE id = ?")
                .param(id)
                .query((rs, n) -> waiver(rs))
                .optional();
    }

    public List<Waiver> list() {
        return store.jdbc()
                .sql("SELECT * FROM waiver ORDER BY id")
                .query((rs, n) -> waiver(rs))
                .list();
    }

    public List<Waiver> approved() {
        return store.jdbc()
                .sql("SELECT * FROM waiver WHERE approved_by IS NOT NULL ORDER BY id")
                .query((rs, n) -> waiver(rs))
                .list();
    }

    /** The waivers a run as of {@code asOf} is judged under (see {@link WaiverRules#setFor}). */
    public WaiverSet setFor(LocalDate asOf) {
        return WaiverRules.setFor(approved(), asOf);
    }

    private static Waiver waiver(ResultSet rs) throws SQLException {
        return new Waiver(
                rs.getLong("id"),
                rs.getString("finding_key"),
                rs.getString("rule_id"),
                rs.getString("reason"),
                rs.getObject("expires_on", LocalDate.class),
                rs.getString("requested_by"),
                instant(rs.getTimestamp("requested_at")),
                rs.getString("approved_by"),
                instant(rs.getTimestamp("approved_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
