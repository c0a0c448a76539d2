package org.minecheck.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.minecheck.model.CellRef;
import org.minecheck.model.Dataset;
import org.minecheck.model.RowRef;
import org.minecheck.model.SheetRef;

/**
 * Reads one or more workbooks into a {@link Dataset}, streaming row by row. Headers are matched in Chinese or English in
 * any order; every problem is collected with its cell; a row with any problem adds no fact.
 */
public final class WorkbookReader {
    private final CellParser parser;

    public WorkbookReader(MineralVocabulary minerals) {
        this.parser = new CellParser(minerals);
    }

    public IngestResult read(List<Path> files) {
        Dataset dataset = new Dataset();
        List<InputProblem> problems = new ArrayList<>();
        List<InputProblem> notices = new ArrayList<>();
        RejectedRows rejected = new RejectedRows();
        boolean everyFileOpened = true;
        for (Path file : files) {
            everyFileOpened &= readFile(file, dataset, problems, notices, rejected);
        }
        // Cross-row checks run even when some cells were wrong, so that every problem is reported in one pass; only a
        // file that could not be read at all stops them (everything it holds would look like an unknown reference).
        if (everyFileOpened) {
            problems.addAll(new ReferenceCheck(dataset, rejected).run());
        }
        return new IngestResult(dataset, problems, notices);
    }

    /** Reads one file into the dataset; false when the file could not be opened as a workbook at all. */
    private boolean readFile(Path file, Dataset dataset, List<InputProblem> problems, List<InputProblem> notices,
                             RejectedRows rejected) {
        String name = file.getFileName().toString();
        if (!file.toFile().isFile()) {
            problems.add(InputProblem.ofFile(name, "ingest.noSuchFile", file.toString()));
            return false;
        }
        try (WorkbookSource source = WorkbookSource.open(file)) {
            Set<String> seen = new HashSet<>();
            for (WorkbookSource.SheetInfo info : source.sheets()) {
                if (WorkbookSchema.isInstructions(info.name())) continue;
                var spec = WorkbookSchema.sheetNamed(info.name());
                CellRef where = new CellRef(name, info.name(), 0, "");
                if (spec.isEmpty()) {
                    notices.add(InputProblem.at(where, info.name(), "ingest.sheetIgnored"));
                    continue;
                }
                if (!seen.add(spec.get().key())) {
                    problems.add(InputProblem.at(where, info.name(), "ingest.duplicateSheet", spec.get().title()));
                    continue;
                }
                if (info.hidden()) notices.add(InputProblem.at(where, info.name(), "ingest.hiddenSheetRead"));
                SheetReader reader = new SheetReader(name, info.name(), spec.get(), dataset, problems, notices, rejected);
                source.walk(info, reader);
                reader.finish();
            }
            return true;
        } catch (UnreadableWorkbookException e) {
            problems.add(InputProblem.ofFile(name, e.key()));
        } catch (IOException | RuntimeException e) {
            problems.add(InputProblem.ofFile(name, "ingest.unreadable", String.valueOf(e.getMessage())));
        }
        return false;
    }

    /** Reads one sheet: the first non-empty row is the header, every later non-empty row a record. */
    private final class SheetReader implements SheetVisitor {
        private final String file;
        private final String sheetName;
        private final SheetSpec spec;
        private final Dataset dataset;
        private final List<InputProblem> problems;
        private final List<InputProblem> notices;
        private final RejectedRows rejected;
        private final Map<Integer, ColumnSpec> byIndex = new LinkedHashMap<>();
        private SheetRef sheetRef;
        /** Missing or duplicate columns make every record of the sheet unreliable: none is added. */
        private boolean headerBroken;

        SheetReader(String file, String sheetName, SheetSpec spec, Dataset dataset, List<InputProblem> problems,
                    List<InputProblem> notices, RejectedRows rejected) {
            this.file = file;
            this.sheetName = sheetName;
            this.spec = spec;
            this.dataset = dataset;
            this.problems = problems;
            this.notices = notices;
            this.rejected = rejected;
        }

        private CellRef cell(int row, int col) {
            return new CellRef(file, sheetName, row, CellReference.convertNumToColString(col));
        }

        @Override
        public void row(int rowNumber, List<RawCell> cells) {
            if (cells.stream().allMatch(RawCell::blank)) return;
            if (sheetRef == null) {
                header(rowNumber, cells);
            } else {
                record(rowNumber, cells);
            }
        }

        private void header(int rowNumber, List<RawCell> cells) {
            int before = problems.size();
            Map<String, String> letters = new HashMap<>();
            for (RawCell c : cells) {
                if (c.blank()) continue;
                String n = Headers.normalize(CellParser.clean(c.text()));
                ColumnSpec match = spec.columns().stream().filter(s -> Headers.matches(n, s.zh(), s.en())
                        || n.equals(Headers.normalize(s.header(true) + s.header(false)))).findFirst().orElse(null);
                if (match == null) {
                    notices.add(InputProblem.at(cell(rowNumber, c.column()), c.text(), "ingest.columnIgnored"));
                } else if (letters.containsKey(match.key())) {
                    problems.add(InputProblem.at(cell(rowNumber, c.column()), c.text(), "ingest.duplicateColumn",
                            letters.get(match.key())));
                } else {
                    letters.put(match.key(), CellReference.convertNumToColString(c.column()));
                    byIndex.put(c.column(), match);
                }
            }
            for (ColumnSpec col : spec.columns()) {
                if (col.required() && !letters.containsKey(col.key())) {
                    problems.add(InputProblem.at(new CellRef(file, sheetName, rowNumber, ""), null,
                            "ingest.missingColumn", col.header(true) + " / " + col.header(false)));
                }
            }
            sheetRef = new SheetRef(file, sheetName, Map.copyOf(letters));
            headerBroken = problems.size() > before;
        }

        private void record(int rowNumber, List<RawCell> cells) {
            RowValues values = new RowValues();
            Set<String> filled = new HashSet<>();
            boolean ok = true;
            for (RawCell c : cells) {
                ColumnSpec col = byIndex.get(c.column());
                if (col == null || c.blank()) continue;
                try {
                    values.put(col.key(), parser.parse(c, col));
                    filled.add(col.key());
                } catch (CellParser.ParseException e) {
                    ok = false;
                    problems.add(new InputProblem(cell(rowNumber, c.column()), c.text(), e.failure.key(),
                            List.of(e.failure.args())));
                }
            }
            if (filled.isEmpty() && ok) return;
            for (Map.Entry<Integer, ColumnSpec> e : byIndex.entrySet()) {
                ColumnSpec col = e.getValue();
                if (col.required() && !filled.contains(col.key()) && cells.stream()
                        .noneMatch(c -> c.column() == e.getKey() && !c.blank())) {
                    ok = false;
                    problems.add(InputProblem.at(cell(rowNumber, e.getKey()), null, "ingest.required",
                            col.header(true) + " / " + col.header(false)));
                }
            }
            if (ok && !headerBroken) {
                spec.factory().add(values, new RowRef(sheetRef, rowNumber), dataset);
            } else {
                for (RawCell c : cells) {
                    ColumnSpec col = byIndex.get(c.column());
                    if (col != null && !c.blank()) rejected.add(spec.key(), col.key(), CellParser.text(c));
                }
            }
        }

        void finish() {
            if (sheetRef == null) {
                problems.add(InputProblem.at(new CellRef(file, sheetName, 0, ""), null, "ingest.emptySheet"));
            }
        }
    }
}
