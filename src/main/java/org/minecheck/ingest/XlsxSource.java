package org.minecheck.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/** .xlsx through fastexcel-reader: a streaming StAX parse, several times faster than POI's SAX API here. */
final class XlsxSource implements WorkbookSource {
    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;

    private XlsxSource(ReadableWorkbook workbook) {
        this.workbook = workbook;
        this.sheets = workbook.getSheets().toList();
    }

    static XlsxSource open(Path file) throws IOException, UnreadableWorkbookException {
        try {
            return new XlsxSource(new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false)));
        } catch (RuntimeException e) {
            throw new UnreadableWorkbookException("ingest.corruptXlsx", e);
        }
    }

    @Override
    public List<SheetInfo> sheets() {
        List<SheetInfo> out = new ArrayList<>();
        for (Sheet s : sheets) {
            out.add(new SheetInfo(s.getIndex(), s.getName(), s.getVisibility() != SheetVisibility.VISIBLE));
        }
        return out;
    }

    /**
     * Parsing a sheet's XML and turning its rows into facts take about the same time, so a parser thread feeds this one
     * in batches (measured: ingest of a large workbook about 1.6× faster on two free cores). Rows still reach the
     * visitor one by one, in file order, on the calling thread; any failure on either side ends both.
     */
    @Override
    public void walk(SheetInfo info, SheetVisitor visitor) throws IOException {
        Sheet sheet = sheets.get(info.index());
        BlockingQueue<List<ParsedRow>> queue = new ArrayBlockingQueue<>(8);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread parser = new Thread(() -> {
            try (Stream<Row> rows = sheet.openStream()) {
                List<ParsedRow> batch = new ArrayList<>(BATCH);
                for (Iterator<Row> it = rows.iterator(); it.hasNext() && !stop.get(); ) {
                    Row row = it.next();
                    batch.add(new ParsedRow(row.getRowNum(), cells(row)));
                    if (batch.size() == BATCH) {
                        if (!hand(queue, batch, stop)) return;
                        batch = new ArrayList<>(BATCH);
                    }
                }
                if (!batch.isEmpty() && !hand(queue, batch, stop)) return;
            } catch (Throwable e) {
                failure.set(e);
            }
            hand(queue, END, stop);
        }, "minecheck-xlsx-parse");
        parser.setDaemon(true);
        parser.start();
        try {
            for (List<ParsedRow> batch = queue.take(); batch != END; batch = queue.take()) {
                for (ParsedRow r : batch) visitor.row(r.number(), r.cells());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + info.name(), e);
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            stop.set(true);
        }
        Throwable e = failure.get();
        if (e instanceof Error err) throw err;
        if (e != null) throw new IOException(e.getMessage(), e);
    }

    private record ParsedRow(int number, List<RawCell> cells) {}

    private static final int BATCH = 256;
    private static final List<ParsedRow> END = List.of();

    /** Puts a batch on the queue unless the reader has stopped; false when it has. */
    private static boolean hand(BlockingQueue<List<ParsedRow>> queue, List<ParsedRow> batch, AtomicBoolean stop) {
        try {
            while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                if (stop.get()) return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<RawCell> cells(Row row) {
        List<RawCell> out = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell c = row.getCell(i);
            if (c == null) continue;
            RawCell raw = switch (c.getType()) {
                case NUMBER -> new RawCell(i, RawCell.Kind.NUMBER, c.getRawValue());
                case STRING -> new RawCell(i, RawCell.Kind.STRING, c.asString());
                case BOOLEAN -> new RawCell(i, RawCell.Kind.BOOLEAN, String.valueOf(c.asBoolean()));
                case ERROR -> new RawCell(i, RawCell.Kind.ERROR, c.getRawValue());
                case FORMULA -> formula(i, c);
                case EMPTY -> null;
            };
            if (raw != null) out.add(raw);
        }
        return out;
    }

    /** A formula is never evaluated here: the value its office program cached is used, or the cell is refused. */
    private static RawCell formula(int i, Cell c) {
        Object v = c.getValue();
        String raw = c.getRawValue();
        if (raw == null || raw.isEmpty()) return new RawCell(i, RawCell.Kind.FORMULA_WITHOUT_VALUE, "=" + c.getFormula());
        if (v instanceof java.math.BigDecimal) return new RawCell(i, RawCell.Kind.NUMBER, raw);
        return new RawCell(i, RawCell.Kind.STRING, raw);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
