package org.minecheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One workbook to check: the name reports and evidence show for it, its content (a file, or bytes received from an
 * upload) and the SHA-256 of that content. The name is for people only and is never used as a path.
 */
public final class WorkbookInput {
    private final String name;
    private final Path path;
    private final byte[] bytes;
    private volatile String sha256;

    private WorkbookInput(String name, Path path, byte[] bytes) {
        this.name = Objects.requireNonNull(name);
        this.path = path;
        this.bytes = bytes;
    }

    /** A file on disk, shown by its file name. */
    public static WorkbookInput of(Path file) {
        Path name = file.getFileName();
        return new WorkbookInput(name == null ? file.toString() : name.toString(), file, null);
    }

    /** A file on disk, shown as {@code name} (e.g. the path as the user typed it, when two files share a name). */
    public static WorkbookInput of(Path file, String name) {
        return new WorkbookInput(name, file, null);
    }

    /** Bytes received from somewhere else (an upload, a database), shown as {@code name}. */
    public static WorkbookInput of(String name, byte[] bytes) {
        return new WorkbookInput(name, null, bytes.clone());
    }

    public String name() {
        return name;
    }

    /** The file, or null when the input is bytes. */
    public Path path() {
        return path;
    }

    public boolean inMemory() {
        return bytes != null;
    }

    /** The content; for a file, read from disk now. */
    public InputStream open() throws IOException {
        return bytes != null ? new java.io.ByteArrayInputStream(bytes) : Files.newInputStream(path);
    }

    public long size() throws IOException {
        return bytes != null ? bytes.length : Files.size(path);
    }

    /** SHA-256 of the content, lower-case hex; computed once. A file that cannot be read gives null. */
    public String sha256() {
        String s = sha256;
        if (s != null) return s;
        try (InputStream in = new DigestInputStream(open(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            s = HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha256 = s;
        return s;
    }

    @Override
    public String toString() {
        return name;
    }
}
