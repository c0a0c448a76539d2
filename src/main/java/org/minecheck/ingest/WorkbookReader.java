package org.minecheck.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.minecheck.model.InternalFault;
import org.minecheck.model.MineralVocabulary;
import org.minecheck.model.RowRef;
import org.minecheck.model.SheetRef;

/**
 * Reads one or more workbooks into a {@link Dataset}, streaming row by row. Headers are matched in Chinese or English in
 * any order; every problem is collected with its cell; a row with any problem adds no fact.
 */
public final class WorkbookReader {
    /** Sheets an enterprise's data cannot do without once it has mines: their absence is told, not assumed. */
    private static final List<SheetSpec> CORE_SHEETS = List.of(
            WorkbookSchema.ENTERPRISES, WorkbookSchema.LICENCES, WorkbookSchema.BLOCKS, WorkbookSchema.CORNER_POINTS);

    private final CellParser parser;
    private final IngestLimits limits;

    public WorkbookReader(MineralVocabulary minerals) {
        this(minerals, IngestLimits.DEFAULT);
    }

    public WorkbookReader(MineralVocabulary minerals, IngestLimits limits) {
        this.parser = new CellParser(minerals);
        this.limits = limits;
    }

    public IngestResult read(List<Path> files) {
        return readInputs(files.stream().map(WorkbookInput::of).toList());
    }

    public IngestResult readInputs(List<WorkbookInput> files) {
        Dataset dataset = new Dataset();
        List<InputProblem> problems = new ArrayList<>();
        List<InputProblem> notices = new ArrayList<>();
        Set<String> sheetsRead = new HashSet<>();
        RejectedRows rejected = new RejectedRows();
        boolean everyFileRead = true;
        try {
            for (WorkbookInput file : distinct(files, notices)) {
                everyFileRead &= readFile(file, dataset, problems, notices, sheetsRead, rejected);
            }
        } finally {
            parser.forgetTexts();
        }
        dataset.trimToSize();
        if (!dataset.mines.isEmpty()) {
            for (SheetSpec spec : CORE_SHEETS) {
                if (!sheetsRead.contains(spec.key())) {
                    notices.add(InputProblem.ofFile(
                            String.join(
                                    ", ",
                                    files.stream().map(WorkbookInput::name).toList()),
                            "ingest.sheetMissing",
                            spec.title()));
                }
            }
        }
        // Cross-row checks run even when some cells were wrong, so that every problem is reported in one pass; only a
        // file or sheet that could not be read to its end stops them (what it holds would look like unknown
        // references).
        if (everyFileRead) {
            problems.addAll(new ReferenceCheck(dataset, rejected).run());
        }
        return new IngestResult(dataset, problems, notices);
    }

    /** Reads one file into the dataset; false when the file, or one of its template sheets, could not be read whole. */
    private boolean readFile(
            WorkbookInput input,
            Dataset dataset,
            List<InputProblem> problems,
            List<InputProblem> notices,
            Set<String> sheetsRead,
            RejectedRows rejected) {
        String name = input.name();
        String notAFile = input.inMemory() ? null : notAFile(input.path());
        if (notAFile != null) {
            problems.add(InputProblem.ofFile(name, notAFile, input.path().toString()));
            return false;
        }
        Path spilled = null;
        try {
            // The readers need random access to the archive: bytes are put in a private temporary file first.
            Path file = input.path();
            if (input.inMemory()) {
                spilled = Files.createTempFile("minecheck-input-", ".bin");
                try (var in = input.open()) {
                    Files.copy(in, spilled, StandardCopyOption.REPLACE_EXISTING);
                }
                file = spilled;
            }
            return readSource(file, name, dataset, problems, notices, sheetsRead, rejected);
        } catch (IOException e) {
            problems.add(InputProblem.ofFile(name, "ingest.unreadable", String.valueOf(e.getMessage())));
            return false;
        } finally {
            if (spilled != null) {
                try {
                    Files.deleteIfExists(spilled);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed by the system's temp cleaning
                }
            }
        }
    }

    private boolean readSource(
            Path file,
            String name,
            Dataset dataset,
            List<InputProblem> problems,
            List<InputProblem> notices,
            Set<String> sheetsRead,
            RejectedRows rejected) {
        boolean whole = true;
        try (WorkbookSource source = WorkbookSource.open(file, limits)) {
            if (source.hasMacros()) notices.add(InputProblem.ofFile(name, "ingest.macrosIgnored"));
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
                    problems.add(InputProblem.at(
                            where,
                            info.name(),
                            "ingest.duplicateSheet",
                            spec.get().title()));
                    continue;
                }
                if (info.hidden()) notices.add(InputProblem.at(where, info.name(), "ingest.hiddenSheetRead"));
                sheetsRead.add(spec.get().key());
                SheetReader reader = new SheetReader(
                        name, info.name(), spec.get(), dataset, problems, notices, source.date1904(), rejected);
                try {
                    reader.finish(source.walk(info, reader));
                } catch (SheetProblemException e) {
                    reader.abandon();
                    whole = false;
                    problems.add(
                            new InputProblem(new CellRef(name, info.name(), e.row, e.column), e.value, e.key, e.args));
                }
            }
            if (seen.isEmpty()) {
                problems.add(InputProblem.ofFile(name, "ingest.noTemplateSheet"));
                return false;
            }
            return whole;
        } catch (UnreadableWorkbookException e) {
            problems.add(new InputProblem(new CellRef(name, "", 0, ""), null, e.key(), e.args()));
        } catch (IOException e) {
            problems.add(InputProblem.ofFile(name, "ingest.unreadable", String.valueOf(e.getMessage())));
        } catch (java.util.concurrent.CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            // A reading library's failure on a bad file is the file's problem; a failure of our own code is ours.
            if (InternalFault.ours(e)) throw new InternalFault("reading " + name, e);
            problems.add(InputProblem.ofFile(name, "ingest.unreadable", String.valueOf(e.getMessage())));
        }
        return false;
    }

    /**
     * The files without repeats: a file named twice (also through a link or another spelling of its path) is read once,
     * with a notice, instead of every row of it being reported as a duplicate of itself.
     */
    static List<WorkbookInput> distinct(List<WorkbookInput> files, List<InputProblem> notices) {
        List<WorkbookInput> out = new ArrayList<>();
        for (WorkbookInput f : files) {
            WorkbookInput same = f.inMemory()
                    ? null
                    : out.stream()
                            .filter(o -> !o.inMemory() && sameFile(o.path(), f.path()))
                            .findFirst()
                            .orElse(null);
            if (same == null) {
                out.add(f);
            } else {
                notices.add(InputProblem.ofFile(
                        f.name(),
                        "ingest.sameFileTwice",
                        f.path().toString(),
                        same.path().toString()));
            }
        }
        return out;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        } catch (IOException e) {
            // unreadable: reported when it is read
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /**
     * Why {@code file} cannot be read as a workbook before anything is opened, as a message key, or null when it is a
     * readable regular file: missing, a folder, a FIFO (opening one would wait for a writer for ever), a device, a
     * socket, or not readable by this user.
     */
    static String notAFile(Path file) {
        if (Files.isDirectory(file)) return "ingest.isFolder";
        if (!Files.exists(file)) return "ingest.noSuchFile";
        if (!Files.isRegularFile(file)) {
            try {
                int mode = (Integer) Files.getAttribute(file, "unix:mode");
                return switch (mode & 0170000) {
                    case 0010000 -> "ingest.isFifo";
                    case 0020000, 0060000 -> "ingest.isDevice";
                    case 0140000 -> "ingest.isSocket";
                    default -> "ingest.notRegularFile";
                };
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
                return "ingest.notRegularFile";
            }
        }
        if (!Files.isReadable(file)) return "ingest.notReadable";
        return null;
    }

    /** Reads one sheet: the first non-empty row is the header, every later non-empty row a record. */
    private final class SheetReader implements SheetVisitor {
        private final String file;
        private final String sheetName;
        private final SheetSpec spec;
        private final Dataset dataset;
        private final List<InputProblem> problems;
        private final List<InputProblem> notices;
        private final boolean date1904;
        private final RejectedRows rejected;
        private final Map<Integer, ColumnSpec> byIndex = new LinkedHashMap<>();
        /** Columns whose header cell holds something unknown (told once at the header) and columns with no header. */
        private final Set<Integer> unknownHeaders = new HashSet<>();

        private final Set<Integer> unheadedNoticed = new HashSet<>();
        private int headerRow;
        private SheetRef sheetRef;
        /** Missing or duplicate columns make every record of the sheet unreliable: none is added. */
        private boolean headerBroken;

        SheetReader(
                String file,
                String sheetName,
                SheetSpec spec,
                Dataset dataset,
                List<InputProblem> problems,
                List<InputProblem> notices,
                boolean date1904,
                RejectedRows rejected) {
            this.file = file;
            this.date1904 = date1904;
            this.rejected = rejected;
            this.sheetName = sheetName;
            this.spec = spec;
            this.dataset = dataset;
            this.problems = problems;
            this.notices = notices;
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
            headerRow = rowNumber;
            Map<String, String> letters = new HashMap<>();
            for (RawCell c : cells) {
                if (c.blank()) continue;
                String n = Headers.normalize(CellParser.clean(c.text()));
                ColumnSpec match = spec.columns().stream()
                        .filter(s -> Headers.matches(n, s.zh(), s.en())
                                || n.equals(Headers.normalize(s.header(org.minecheck.i18n.Texts.CHINESE)
                                        + s.header(org.minecheck.i18n.Texts.ENGLISH))))
                        .findFirst()
                        .orElse(null);
                if (match == null) {
                    unknownHeaders.add(c.column());
                    notices.add(InputProblem.at(cell(rowNumber, c.column()), c.text(), "ingest.columnIgnored"));
                } else if (letters.containsKey(match.key())) {
                    problems.add(InputProblem.at(
                            cell(rowNumber, c.column()), c.text(), "ingest.duplicateColumn", letters.get(match.key())));
                } else {
                    letters.put(match.key(), CellReference.convertNumToColString(c.column()));
                    byIndex.put(
                            c.column(),
                            inTensOfThousands(c.text(), match)
                                    ? match.withUnit(CellParser.TEN_THOUSAND + match.unit())
                                    : match);
                }
            }
            for (ColumnSpec col : spec.columns()) {
                if (col.required() && !letters.containsKey(col.key())) {
                    problems.add(InputProblem.at(
                            new CellRef(file, sheetName, rowNumber, ""),
                            null,
                            "ingest.missingColumn",
                            col.header(org.minecheck.i18n.Texts.CHINESE) + " / "
                                    + col.header(org.minecheck.i18n.Texts.ENGLISH)));
                }
            }
            sheetRef = new SheetRef(file, sheetName, Map.copyOf(letters));
            headerBroken = problems.size() > before;
        }

        /** A tonne column whose header states its unit in tens of thousands: 生产规模（万吨/年）, Output (10kt). */
        private static boolean inTensOfThousands(String header, ColumnSpec col) {
            if (!"t/a".equals(col.unit()) && !"t".equals(col.unit())) return false;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[(（\\[【]([^)）\\]】]*)[)）\\]】]")
                    .matcher(header);
            while (m.find()) {
                String u = m.group(1).strip();
                if (CellParser.tenThousandOf(u, col.unit())
                        || u.equalsIgnoreCase("10kt/a") && "t/a".equals(col.unit())
                        || u.equalsIgnoreCase("10kt") && "t".equals(col.unit())) {
                    return true;
                }
            }
            return false;
        }

        private void record(int rowNumber, List<RawCell> cells) {
            RowValues values = new RowValues();
            Set<String> filled = new HashSet<>();
            boolean ok = true;
            for (RawCell c : cells) {
                ColumnSpec col = byIndex.get(c.column());
                if (c.blank()) continue;
                if (col == null) {
                    if (!unknownHeaders.contains(c.column()) && unheadedNoticed.add(c.column())) {
                        notices.add(
                                InputProblem.at(cell(rowNumber, c.column()), c.text(), "ingest.unheadedColumnIgnored"));
                    }
                    continue;
                }
                if (c.linksOutside()) {
                    notices.add(InputProblem.at(
                            cell(rowNumber, c.column()), c.text(), "ingest.externalLinkValueUsed", c.formula()));
                }
                try {
                    values.put(col.key(), parser.parse(c, col, date1904));
                    filled.add(col.key());
                } catch (CellParser.ParseException e) {
                    ok = false;
                    problems.add(new InputProblem(
                            cell(rowNumber, c.column()), c.text(), e.failure.key(), List.of(e.failure.args())));
                }
            }
            if (filled.isEmpty() && ok) return;
            for (Map.Entry<Integer, ColumnSpec> e : byIndex.entrySet()) {
                ColumnSpec col = e.getValue();
                if (col.required()
                        && !filled.contains(col.key())
                        && cells.stream().noneMatch(c -> c.column() == e.getKey() && !c.blank())) {
                    ok = false;
                    problems.add(InputProblem.at(
                            cell(rowNumber, e.getKey()),
                            null,
                            "ingest.required",
                            col.header(org.minecheck.i18n.Texts.CHINESE) + " / "
                                    + col.header(org.minecheck.i18n.Texts.ENGLISH)));
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

        void finish(SheetScan.Layout layout) {
            if (sheetRef == null) {
                problems.add(InputProblem.at(new CellRef(file, sheetName, 0, ""), null, "ingest.emptySheet"));
                return;
            }
            for (Integer hidden : layout.hiddenColumns()) {
                ColumnSpec col = byIndex.get(hidden);
                if (col != null) {
                    notices.add(InputProblem.at(
                            cell(headerRow, hidden),
                            col.header(org.minecheck.i18n.Texts.CHINESE),
                            "ingest.hiddenColumnRead"));
                }
            }
            if (layout.hiddenRows() > 0) {
                notices.add(InputProblem.at(
                        new CellRef(file, sheetName, layout.firstHiddenRow(), ""),
                        null,
                        "ingest.hiddenRowsRead",
                        layout.hiddenRows()));
            }
        }

        /** The sheet could not be read to its end: the rows read so far are not trustworthy either. */
        void abandon() {
            headerBroken = true;
        }
    }
}
