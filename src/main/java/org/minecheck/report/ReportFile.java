package org.minecheck.report;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes one output file (a JSON or Excel report, the template, a demo or generated workbook) so that nothing is lost:
 * <ul>
 *   <li>never over an input of the run: the target is compared with every input by file identity (same device and
 *       inode, so symlinks, hard links, {@code ./../x.xlsx} and other spellings are caught);</li>
 *   <li>never over an existing file unless {@code force} is given;</li>
 *   <li>only under a name whose extension matches the format (.xlsx or .json);</li>
 *   <li>written whole to a temporary file beside the target ({@code .<name>.<pid>.<random>.minecheck-tmp}), forced to
 *       disk, then moved over the target in one atomic rename: a kill, a full disk or an exception at any point leaves
 *       either the previous file or the complete new one, never a 0-byte or broken file.</li>
 * </ul>
 * The temporary file is deleted on every failure path and, on Ctrl-C or SIGTERM, by a shutdown hook. A kill -9 can
 * leave it behind: the next write into that folder deletes every {@code .minecheck-tmp} file whose process is gone
 * (the pid is in its name), so leftovers never pile up. Without {@code force}, a file that appears under the target's
 * name while the report is written is not replaced either (the final step is a hard link, which fails if the name
 * exists); with {@code force}, of two runs writing one target the later rename wins and the file is one whole report.
 */
public final class ReportFile {

    /** The kinds of file written, with the extension each must have and how messages name it. */
    public enum Format {
        EXCEL_REPORT(".xlsx", "report.file.cannot.report"),
        JSON_REPORT(".json", "report.file.cannot.report"),
        /** The template, the demo county and synthetic provinces: workbooks someone fills or checks. */
        WORKBOOK(".xlsx", "report.file.cannot.workbook"),
        /** A table of stored findings as comma-separated values (UTF-8 with a byte-order mark, for Excel). */
        CSV_REPORT(".csv", "report.file.cannot.report");

        final String extension;
        final String what;

        Format(String extension, String what) {
            this.extension = extension;
            this.what = what;
        }

        public String extension() {
            return extension;
        }
    }

    /** What goes into the file; it may close the stream it is given (the file is closed by the writer, not by it). */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    static final String TEMP_SUFFIX = ".minecheck-tmp";
    /** Temporary files being written by this JVM, deleted by the shutdown hook if the JVM ends mid-write. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    private static volatile boolean hookInstalled;

    private final String shown;
    private final Format format;
    private final Path target;
    private final boolean replace;

    private ReportFile(String shown, Format format, Path target, boolean replace) {
        this.shown = shown;
        this.format = format;
        this.target = target;
        this.replace = replace;
    }

    /**
     * Checks that {@code out} may be written (see the class comment) before any work is done, so a refused name costs
     * the user nothing.
     *
     * @param out    the file as the user named it
     * @param inputs every file the run reads (workbooks; a rule pack's files too if they could clash)
     * @param force  whether an existing file (not an input) may be replaced
     */
    public static ReportFile prepare(String out, Format format, Collection<Path> inputs, boolean force)
            throws ReportFileException {
        if (out == null || out.isBlank()) throw new ReportFileException(format.what, "report.file.noName", "");
        Path given;
        try {
            given = Path.of(out);
        } catch (InvalidPathException e) {
            throw new ReportFileException(format.what, "report.file.badName", out);
        }
        Path name = given.getFileName();
        if (name == null
                || !name.toString().toLowerCase(Locale.ROOT).endsWith(format.extension)
                || name.toString().length() == format.extension.length()) {
            throw new ReportFileException(format.what, "report.file.wrongExtension", out, format.extension);
        }
        Path absolute = given.toAbsolutePath();
        Path parent = absolute.getParent();
        if (!Files.exists(parent)) throw new ReportFileException(format.what, "report.file.noFolder", out, parent);
        if (!Files.isDirectory(parent)) {
            throw new ReportFileException(format.what, "report.file.parentNotFolder", out, parent);
        }
        Path folder;
        try {
            folder = parent.toRealPath();
        } catch (IOException e) {
            throw new ReportFileException(format.what, "report.file.failed", e, out, reason(e));
        }
        Path target = folder.resolve(name.toString());
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (Files.isDirectory(target)) throw new ReportFileException(format.what, "report.file.isFolder", out);
        if (Files.isSymbolicLink(target) && Files.exists(target)) {
            // write where the link points, so the link stays a link (and the comparisons below see the real file)
            try {
                target = target.toRealPath();
            } catch (IOException e) {
                throw new ReportFileException(format.what, "report.file.failed", e, out, reason(e));
            }
        }
        if (exists && Files.exists(target) && !Files.isRegularFile(target)) {
            throw new ReportFileException(format.what, "report.file.notRegular", out);
        }
        for (Path input : inputs) {
            if (sameFile(target, input)) throw new ReportFileException(format.what, "report.file.isInput", out, input);
        }
        if (exists && !force) throw new ReportFileException(format.what, "report.file.exists", out);
        return new ReportFile(out, format, target, force);
    }

    private static boolean sameFile(Path target, Path input) {
        try {
            if (Files.exists(target) && Files.exists(input)) return Files.isSameFile(target, input);
            // neither can be read through the other; still refuse one spelled the same way
            return input.toAbsolutePath()
                    .normalize()
                    .equals(target.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }

    /** The file that will be written: the real path (through symlinks) of the name given. */
    public Path target() {
        return target;
    }

    /** The file as the user named it. */
    public String shown() {
        return shown;
    }

    /**
     * Writes {@code body} to a temporary file beside the target and moves it over the target. On any failure the
     * temporary file is removed and the target is as it was.
     */
    public void write(Body body) throws ReportFileException {
        PoiTempFiles.install();
        installHook();
        Path folder = target.getParent();
        cleanStale(folder, target.getFileName().toString());
        Path temp = folder.resolve(
                "." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                        + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + TEMP_SUFFIX);
        LIVE.add(temp);
        boolean done = false;
        try {
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                body.write(new FilterOutputStream(buffered) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
                buffered.flush();
                channel.force(true);
            }
            move(temp);
            syncFolder(folder);
            done = true;
        } catch (FileAlreadyExistsException e) {
            throw new ReportFileException(format.what, "report.file.appeared", e, shown);
        } catch (AccessDeniedException e) {
            throw new ReportFileException(format.what, "report.file.notWritable", e, shown, folder);
        } catch (NoSuchFileException e) {
            throw new ReportFileException(format.what, "report.file.noFolder", e, shown, folder);
        } catch (ReportFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ReportFileException(format.what, "report.file.failed", e, shown, reason(e));
        } finally {
            if (!done) delete(temp);
            LIVE.remove(temp);
        }
    }

    /** The last step: an atomic rename over the target, or, without force, a link that fails if the name exists. */
    private void move(Path temp) throws IOException {
        if (!replace) {
            try {
                Files.createLink(target, temp);
                Files.delete(temp);
                return;
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileAlreadyExistsException) throw e;
                // a file system without hard links: a move that refuses an existing target (not atomic)
                Files.move(temp, target);
                return;
            }
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder; elsewhere nothing to do. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            // not supported here (e.g. Windows): the rename is still atomic, only its durability is the OS's
        }
    }

    private static void delete(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the folder became unwritable: the next run's cleaning removes it
        }
    }

    private static void installHook() {
        if (hookInstalled) return;
        synchronized (LIVE) {
            if (hookInstalled) return;
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> List.copyOf(LIVE).forEach(ReportFile::delete), "minecheck-report-cleanup"));
            hookInstalled = true;
        }
    }

    /**
     * Deletes the temporary files of earlier writes to this target whose process is gone (a kill -9, a power cut). A
     * temporary file of a live process (another run writing the same name right now) is left alone.
     */
    static void cleanStale(Path folder, String name) {
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, f -> {
            String n = f.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX);
        })) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                long pid = pidIn(n.substring(prefix.length()));
                if (pid > 0 && !alive(pid) && !LIVE.contains(f)) delete(f);
            }
        } catch (IOException | RuntimeException e) {
            // cleaning is a courtesy, never a reason not to write
        }
    }

    /** The number before the first '.' or '-' of {@code s}, or -1. */
    static long pidIn(String s) {
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) end++;
        if (end == 0 || end > 18) return -1;
        return Long.parseLong(s.substring(0, end));
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
