package org.minecheck.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.minecheck.engine.RulePack;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * Rule packs exactly as runs loaded them, once per digest: what {@code replay} checks again with and what {@code diff}
 * compares rule by rule, parameter by parameter and citation by citation.
 */
@Repository
@Lazy
public class PackRepository {
    private final Store store;

    public PackRepository(Store store) {
        this.store = store;
    }

    /** Stores the pack's files unless a pack with its digest is stored already (here or by another shell). */
    public void save(RulePack pack) {
        String digest = pack.digest();
        if (exists(digest)) return;
        try {
            store.inTransaction(() -> store.jdbc()
                    .sql("""
                            INSERT INTO rule_pack (digest, name, overlay_name, base_files, overlay_files, created_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            digest,
                            pack.name(),
                            pack.overlayName(),
                            Json.write(pack.baseFiles()),
                            Json.write(pack.overlayFiles()),
                            OffsetDateTime.now(ZoneOffset.UTC))
                    .update());
        } catch (DuplicateKeyException e) {
            // stored by another shell meanwhile: the same digest is the same files
        }
    }

    private boolean exists(String digest) {
        return store.jdbc()
                        .sql("SELECT COUNT(*) FROM rule_pack WHERE digest = ?")
                        .param(digest)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The pack stored under this digest, its files as they were. */
    public Optional<RulePack> find(String digest) {
        TypeReference<Map<String, String>> files = new TypeReference<>() {};
        return store.jdbc()
                .sql("SELECT * FROM rule_pack WHERE digest = ?")
                .param(digest)
                .query((rs, n) -> RulePack.of(
                        rs.getString("name"),
                        Json.read(rs.getString("base_files"), files),
                        Json.read(rs.getString("overlay_files"), files),
                        rs.getString("overlay_name")))
                .optional();
    }
}
