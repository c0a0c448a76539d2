package org.minecheck.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minecheck.ingest.WorkbookInput;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Dataset versions and their workbooks. Each import is one transaction; the same bytes give the same version. */
@Repository
@Lazy
public class DatasetRepository {
    private final Store store;

    public DatasetRepository(Store store) {
        this.store = store;
    }

    /** A workbook to store: its input (name and bytes) and the rows read from each of its sheets. */
    public record NewFile(WorkbookInput input, byte[] bytes, Map<String, Integer> sheetRows) {}

    /** The version the files were stored as, and whether it existed already (nothing was written then). */
    public record Imported(DatasetVersion version, boolean existing) {}

    /**
     * Stores the files as a new dataset version, all or nothing; when a version with the same contents exists (here or
     * imported by another shell at the same moment) that version is returned instead.
     */
    public Imported importFiles(List<NewFile> files, String createdBy) {
        String digest = digest(files.stream().map(f -> f.input().sha256()).toList());
        Optional<DatasetVersion> existing = findByDigest(digest);
        if (existing.isPresent()) return new Imported(existing.get(), true);
        try {
            long id = store.inTransaction(() -> insert(files, digest, createdBy));
            return new Imported(find(id).orElseThrow(), false);
        } catch (DuplicateKeyException e) {
            // another shell stored the same contents between our look-up and our insert
            return new Imported(findByDigest(digest).orElseThrow(() -> e), true);
        }
    }

    private long insert(List<NewFile> files, String digest, String createdBy) {
        int rows = files.stream()
                .mapToInt(f -> f.sheetRows().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .sum();
        var key = new GeneratedKeyHolder();
        store.jdbc()
                .sql("""
                        INSERT INTO dataset_version (sha256, file_names, file_count, row_count, created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        digest,
                        Json.write(files.stream().map(f -> f.input().name()).toList()),
                        files.size(),
                        rows,
                        OffsetDateTime.now(ZoneOffset.UTC),
                        createdBy)
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        for (int i = 0; i < files.size(); i++) {
            NewFile f = files.get(i);
            store.jdbc()
                    .sql("""
                            INSERT INTO dataset_file (dataset_id, position, name, sha256, size_bytes, sheet_rows, content)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            i,
                            f.input().name(),
                            f.input().sha256(),
                            (long) f.bytes().length,
                            Json.write(f.sheetRows()),
                            f.bytes())
                    .update();
        }
        return id;
    }

    public Optional<DatasetVersion> find(long id) {
        return store.jdbc()
                .sql("SELECT * FROM dataset_version WHERE id = ?")
                .param(id)
                .query((rs, n) -> version(rs))
                .optional();
    }

    public Optional<DatasetVersion> findByDigest(String sha256) {
        return store.jdbc()
                .sql("SELECT * FROM dataset_version WHERE sha256 = ?")
                .param(sha256)
                .query((rs, n) -> version(rs))
                .optional();
    }

    public List<DatasetVersion> list() {
        return store.jdbc()
                .sql("SELECT * FROM dataset_version ORDER BY id")
                .query((rs, n) -> version(rs))
                .list();
    }

    public List<DatasetFile> files(long datasetId) {
        return store.jdbc()
                .sql("""
                        SELECT dataset_id, position, name, sha256, size_bytes, sheet_rows FROM dataset_file
                        WHERE dataset_id = ? ORDER BY position""")
                .param(datasetId)
                .query((rs, n) -> new DatasetFile(
                        rs.getLong("dataset_id"),
                        rs.getInt("position"),
                        rs.getString("name"),
                        rs.getString("sha256"),
                        rs.getLong("size_bytes"),
                        Json.read(rs.getString("sheet_rows"), new TypeReference<Map<String, Integer>>() {})))
                .list();
    }

    /** The version's workbooks as they were submitted, ready to check again. */
    public List<WorkbookInput> inputs(long datasetId) {
        List<WorkbookInput> out = new ArrayList<>();
        store.jdbc()
                .sql("SELECT name, content FROM dataset_file WHERE dataset_id = ? ORDER BY position")
                .param(datasetId)
                .query(rs -> {
                    out.add(WorkbookInput.of(rs.getString("name"), rs.getBytes("content")));
                });
        return out;
    }

    private static DatasetVersion version(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp created = rs.getTimestamp("created_at");
        return new DatasetVersion(
                rs.getLong("id"),
                rs.getString("sha256"),
                Json.read(rs.getString("file_names"), new TypeReference<List<String>>() {}),
                rs.getInt("row_count"),
                created == null ? Instant.EPOCH : created.toInstant(),
                rs.getString("created_by"));
    }

    /** SHA-256 over the files' digests in sorted order: the same workbooks give the same version in any order. */
    static String digest(List<String> fileDigests) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            fileDigests.stream().sorted().forEach(d -> md.update((d + "\n").getBytes(StandardCharsets.US_ASCII)));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
