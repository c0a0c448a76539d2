package org.minecheck.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A workbook opened for streaming: the names of its sheets and a row-by-row walk through any of them. */
public interface WorkbookSource extends Closeable {

    record SheetInfo(int index, String name, boolean hidden) {}

    List<SheetInfo> sheets();

    /** Walks a sheet row by row; returns its hidden columns and rows, which are read like the others. */
    SheetScan.Layout walk(SheetInfo sheet, SheetVisitor visitor) throws IOException;

    /** The file carries macros (VBA): they are never run, the data is read as usual. */
    default boolean hasMacros() {
        return false;
    }

    /** Date serial numbers count from 1904-01-01 (old Mac Excel) rather than from 1900. */
    default boolean date1904() {
        return false;
    }

    static WorkbookSource open(Path file) throws IOException, UnreadableWorkbookException {
        return open(file, IngestLimits.DEFAULT);
    }

    /** Opens .xlsx with a streaming reader and .xls with POI; anything else is refused with a reason. */
    static WorkbookSource open(Path file, IngestLimits limits) throws IOException, UnreadableWorkbookException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XlsxSource.open(file, limits);
        }
        if (n == 8
                && (head[0] & 0xFF) == 0xD0
                && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            if (Files.size(file) > limits.maxXlsBytes()) {
                throw new UnreadableWorkbookException("ingest.xlsTooLarge", limits.maxXlsBytes() >> 20);
            }
            return XlsSource.open(file);
        }
        throw new UnreadableWorkbookException("ingest.notExcel");
    }
}
