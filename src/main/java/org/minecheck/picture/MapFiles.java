package org.minecheck.picture;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes maps as files into a directory: never over an existing file, never outside the directory. */
public final class MapFiles {
    private MapFiles() {}

    /**
     * Writes {@code <stem>.svg} and {@code <stem>.png} of every map into {@code dir} (created when missing), each
     * through a temporary file in the same directory moved into place.
     *
     * @return the files written
     * @param force replace files of the same name (as {@code --force} does for {@code --out})
     * @throws FileAlreadyExistsException without force, naming the first file that exists already; then nothing is
     *                                    written
     */
    public static List<Path> write(Path dir, List<BoundaryMap> maps, boolean force) throws IOException {
        Path base = dir.toAbsolutePath().normalize();
        List<Path> targets = new ArrayList<>();
        for (BoundaryMap m : maps) {
            for (String ext : List.of(".svg", ".png")) {
                Path p = base.resolve(m.fileStem() + ext).normalize();
                if (!base.equals(p.getParent())) throw new IllegalArgumentException("not a file name: " + m.fileStem());
                if (!force && Files.exists(p)) throw new FileAlreadyExistsException(p.toString());
                targets.add(p);
            }
        }
        Files.createDirectories(base);
        int i = 0;
        for (BoundaryMap m : maps) {
            write(targets.get(i++), m.svg().getBytes(java.nio.charset.StandardCharsets.UTF_8), force);
            write(targets.get(i++), m.png(), force);
        }
        return targets;
    }

    private static void write(Path target, byte[] bytes, boolean force) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".map-", ".tmp");
        try {
            Files.write(tmp, bytes);
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                // a temporary file is private (rw-------); a map is a document to share like the report
                Files.setPosixFilePermissions(
                        tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            if (force) Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            else Files.move(tmp, target); // a file that appeared meanwhile is not overwritten
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
