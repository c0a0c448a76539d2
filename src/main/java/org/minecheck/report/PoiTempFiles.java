package org.minecheck.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * Where POI's streaming writers (SXSSF) keep their temporary sheets: one folder per process,
 * {@code <java.io.tmpdir>/minecheck-poi-<pid>-<random>}, instead of POI's shared {@code poifiles} folder. Each writer
 * disposes of its own files when it ends normally or with an exception; the folder goes when the JVM shuts down
 * (also on Ctrl-C and SIGTERM, through a shutdown hook); after a kill -9 or a power cut, the next minecheck run that
 * writes a report deletes the folders of processes that are no longer alive. Killed Excel writes so no longer leave
 * hundreds of MB behind for good.
 */
public final class PoiTempFiles {
    static final String PREFIX = "minecheck-poi-";
    private static Path folder;

    private PoiTempFiles() {}

    /** Points POI at this process's folder (once per JVM) and removes the folders of dead minecheck processes. */
    public static synchronized Path install() {
        if (folder != null && Files.isDirectory(folder)) return folder;
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            cleanStale(base);
            folder = Files.createTempDirectory(
                    base, PREFIX + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            // the system temp folder is not writable: POI's own default stays in place and reports its own error
            return null;
        }
        Path mine = folder;
        TempFile.setTempFileCreationStrategy(new TempFileCreationStrategy() {
            @Override
            public File createTempFile(String prefix, String suffix) throws IOException {
                return Files.createTempFile(ensure(mine), prefix, suffix).toFile();
            }

            @Override
            public File createTempDirectory(String prefix) throws IOException {
                return Files.createTempDirectory(ensure(mine), prefix).toFile();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(mine), "minecheck-poi-cleanup"));
        return folder;
    }

    private static Path ensure(Path dir) throws IOException {
        return Files.createDirectories(dir);
    }

    /** Deletes {@code minecheck-poi-<pid>-*} folders in {@code base} whose process is no longer running. */
    static void cleanStale(Path base) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path d : dirs) {
                long pid = ReportFile.pidIn(d.getFileName().toString().substring(PREFIX.length()));
                if (pid > 0 && !ReportFile.alive(pid)) deleteTree(d);
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up after others is a courtesy: never a reason not to write this run's report
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // another process's file or a file still open: left for the next run
                }
            });
        } catch (IOException | RuntimeException e) {
            // as above
        }
    }
}
