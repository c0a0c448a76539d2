package org.minecheck.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes the hostile-workbook corpus of {@code test-data/hostile/}: flat OpenDocument sources ({@code source/*.fods})
 * that {@code make-corpus.sh} has LibreOffice convert into the workbooks an office program really writes, and crafted
 * {@code .xlsx} archives (compression bombs, grid overflows, external links, ...) that no office program would write.
 * Uses the JDK only, so the script runs it straight from {@code target/test-classes}; tests call it for the files that
 * are too large to commit or must be made at test time.
 *
 * <p>Every workbook holds the same compliant enterprise as {@code Facts.compliantMine()}: E1 runs the producing coal
 * mine M1 under mining licence C1 (2020-01-01 to 2030-12-31, one 1 km square block from X 4,200,000, Y 38,500,000,
 * corner ring not closed, as Chinese licences list it) and safety licence S1; each case changes only what it is about.
 */
public final class HostileCorpus {
    private HostileCorpus() {}

    public static final double X0 = 4_200_000;
    public static final double Y0 = 38_500_000;

    // ------------------------------------------------------------------------------------------------ the cell model

    /** One cell that renders both as OpenDocument (for LibreOffice) and as OOXML (for crafted archives). */
    public record Cell(String type, String value, String odsFormula, String xlsxFormula, int span) {
        boolean empty() {
            return type.equals("empty");
        }
    }

    public static Cell s(String text) {
        return new Cell("string", text, null, null, 1);
    }

    public static Cell n(Object number) {
        return new Cell("float", String.valueOf(number), null, null, 1);
    }

    public static Cell d(String isoDate) {
        return new Cell("date", isoDate, null, null, 1);
    }

    /** A formula with the value an office program cached for it ({@code cached} null: none was cached). */
    public static Cell f(String odsFormula, String xlsxFormula, String cachedType, String cached) {
        return new Cell(cachedType, cached, odsFormula, xlsxFormula, 1);
    }

    public static Cell empty() {
        return new Cell("empty", "", null, null, 1);
    }

    /** A cell merged across {@code span} columns (the ones it covers are left out of the row). */
    public static Cell merged(int span, Cell c) {
        return new Cell(c.type(), c.value(), c.odsFormula(), c.xlsxFormula(), span);
    }

    public record Table(
            String name, boolean hidden, Set<Integer> hiddenColumns, Set<Integer> hiddenRows, List<List<Cell>> rows) {
        Table(String name, List<List<Cell>> rows) {
            this(name, false, Set.of(), Set.of(), rows);
        }

        Table hide() {
            return new Table(name, true, hiddenColumns, hiddenRows, rows);
        }

        Table hideColumns(Integer... columns) {
            return new Table(name, hidden, Set.of(columns), hiddenRows, rows);
        }

        Table hideRows(Integer... rowNumbers) {
            return new Table(name, hidden, hiddenColumns, Set.of(rowNumbers), rows);
        }

        Table withRows(List<List<Cell>> newRows) {
            return new Table(name, hidden, hiddenColumns, hiddenRows, newRows);
        }

        Table plus(List<Cell> row) {
            List<List<Cell>> r = new ArrayList<>(rows);
            r.add(row);
            return withRows(r);
        }
    }

    static List<Cell> row(Cell... cells) {
        return List.of(cells);
    }

    static List<Cell> texts(String... texts) {
        return Arrays.stream(texts).map(HostileCorpus::s).toList();
    }

    // ------------------------------------------------------------------------------------ the compliant enterprise

    public static Table enterprises() {
        return new Table(
                "企业 Enterprises",
                List.of(
                        texts("企业编号", "企业名称", "统一社会信用代码", "所在区县代码"),
                        texts("E1", "示范矿业有限公司", "91140000MA0E1", "140100")));
    }

    public static final List<Cell> MINE_HEADER =
            texts("矿山编号", "矿山名称", "实际经营企业编号", "所在区县代码", "开采矿种", "开采方式", "生产状态", "矿山规模", "设计生产能力（t/a）");

    public static List<Cell> mineRow(String id, Cell capacity) {
        return row(s(id), s("一号煤矿"), s("E1"), s("140100"), s("煤"), s("露天开采"), s("生产"), s("中型"), capacity);
    }

    public static Table mines() {
        return new Table("矿山 Mines", List.of(MINE_HEADER, mineRow("M1", n(900000))));
    }

    public static final List<Cell> LICENCE_HEADER =
            texts("证号", "证照类型", "矿山编号", "持证企业编号", "许可矿种", "有效期起", "有效期止", "证照状态", "生产规模（t/a）");

    public static Table licences() {
        return new Table(
                "证照 Licences",
                List.of(
                        LICENCE_HEADER,
                        row(
                                s("C1"),
                                s("采矿许可证"),
                                s("M1"),
                                s("E1"),
                                s("煤"),
                                d("2020-01-01"),
                                d("2030-12-31"),
                                s("有效"),
                                n(900000)),
                        row(
                                s("S1"),
                                s("安全生产许可证"),
                                s("M1"),
                                s("E1"),
                                empty(),
                                d("2020-01-01"),
                                d("2030-12-31"),
                                s("有效"),
                                empty())));
    }

    public static Table blocks() {
        return new Table(
                "矿区范围 Licensed blocks",
                List.of(texts("采矿许可证号", "采区编号", "开采标高上限（m）", "开采标高下限（m）"), row(s("C1"), n(1), n(300), n(100))));
    }

    public static final List<Cell> CORNER_HEADER = texts("对象类型", "对象编号", "采区/环编号", "点号", "X坐标（m）", "Y坐标（m）");

    /** Licence C1's block as four corner points, the first not repeated at the end. */
    public static Table corners() {
        return new Table(
                "拐点坐标 Corner points",
                List.of(
                        CORNER_HEADER,
                        corner("C1", 1, X0, Y0),
                        corner("C1", 2, X0 + 1000, Y0),
                        corner("C1", 3, X0 + 1000, Y0 + 1000),
                        corner("C1", 4, X0, Y0 + 1000)));
    }

    public static List<Cell> corner(String licence, int point, double x, double y) {
        return row(s("采矿许可证"), s(licence), n(1), n(point), n(plain(x)), n(plain(y)));
    }

    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    public static List<Table> compliant() {
        return List.of(enterprises(), mines(), licences(), blocks(), corners());
    }

    static List<Table> replace(List<Table> tables, Table replacement) {
        return tables.stream()
                .map(t -> t.name().equals(replacement.name()) ? replacement : t)
                .toList();
    }

    // ------------------------------------------------------------------------------------------ flat OpenDocument

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A flat OpenDocument spreadsheet; {@code date1904}: the workbook counts dates from 1904 (old Mac Excel). */
    public static String fods(boolean date1904, List<Table> tables) {
        StringBuilder x = new StringBuilder();
        x.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
                 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
                 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
                 <office:automatic-styles>
                  <number:date-style style:name="N_iso"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
                  <style:style style:name="ce_date" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_iso"/>
                  <style:style style:name="ta_shown" style:family="table"><style:table-properties table:display="true"/></style:style>
                  <style:style style:name="ta_hidden" style:family="table"><style:table-properties table:display="false"/></style:style>
                 </office:automatic-styles>
                 <office:body>
                  <office:spreadsheet>
                """);
        if (date1904) {
            x.append(
                    "   <table:calculation-settings><table:null-date table:date-value=\"1904-01-01\"/></table:calculation-settings>\n");
        }
        for (Table t : tables) {
            x.append("   <table:table table:name=\"")
                    .append(esc(t.name()))
                    .append("\" table:style-name=\"")
                    .append(t.hidden() ? "ta_hidden" : "ta_shown")
                    .append("\">\n");
            int columns = t.rows().stream()
                    .mapToInt(r -> r.stream().mapToInt(Cell::span).sum())
                    .max()
                    .orElse(1);
            for (int c = 0; c < columns; c++) {
                x.append("    <table:table-column")
                        .append(t.hiddenColumns().contains(c) ? " table:visibility=\"collapse\"" : "")
                        .append("/>\n");
            }
            for (int r = 0; r < t.rows().size(); r++) {
                x.append("    <table:table-row")
                        .append(t.hiddenRows().contains(r + 1) ? " table:visibility=\"collapse\"" : "")
                        .append(">");
                for (Cell c : t.rows().get(r)) {
                    x.append(odsCell(c));
                    for (int k = 1; k < c.span(); k++) x.append("<table:covered-table-cell/>");
                }
                x.append("</table:table-row>\n");
            }
            x.append("   </table:table>\n");
        }
        x.append("  </office:spreadsheet>\n </office:body>\n</office:document>\n");
        return x.toString();
    }

    private static String odsCell(Cell c) {
        if (c.empty()) return "<table:table-cell/>";
        StringBuilder x = new StringBuilder("<table:table-cell");
        if (c.span() > 1)
            x.append(" table:number-columns-spanned=\"").append(c.span()).append("\" table:number-rows-spanned=\"1\"");
        if (c.odsFormula() != null) {
            // no cached result: LibreOffice must calculate the formula itself and save what it got
            if (c.type().equals("date")) x.append(" table:style-name=\"ce_date\"");
            return x.append(" table:formula=\"")
                    .append(esc(c.odsFormula()))
                    .append("\"/>")
                    .toString();
        }
        switch (c.type()) {
            case "float" ->
                x.append(" office:value-type=\"float\" office:value=\"")
                        .append(c.value())
                        .append("\"");
            case "date" ->
                x.append(" table:style-name=\"ce_date\" office:value-type=\"date\" office:date-value=\"")
                        .append(c.value())
                        .append("\"");
            case "string" -> x.append(" office:value-type=\"string\"");
            default -> {}
        }
        x.append("><text:p>").append(esc(c.value() == null ? "" : c.value())).append("</text:p></table:table-cell>");
        return x.toString();
    }

    // ---------------------------------------------------------------------------------------- crafted OOXML archives

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** An .xlsx under construction: sheet XML by sheet name, plus any extra parts, content types and relationships. */
    public static final class Xlsx {
        final Map<String, String> sheets = new LinkedHashMap<>();
        final Map<String, byte[]> parts = new LinkedHashMap<>();
        final List<String> contentTypes = new ArrayList<>();
        final List<String> workbookRels = new ArrayList<>();
        String workbookExtra = "";
        String mainContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

        public Xlsx sheet(String name, String sheetXml) {
            sheets.put(name, sheetXml);
            return this;
        }

        public Xlsx tables(List<Table> tables) {
            for (Table t : tables) sheet(t.name(), sheetXml(null, t));
            return this;
        }

        public Xlsx part(String name, String contentType, String xml) {
            parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
            if (contentType != null) contentTypes.add(override(name, contentType));
            return this;
        }

        /** Every part in archive order; the sheets as written, or a bomb for one of them (see {@link #write}). */
        Map<String, byte[]> build() {
            Map<String, byte[]> out = new LinkedHashMap<>();
            StringBuilder types = new StringBuilder(
                    XML_HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + override("xl/workbook.xml", mainContentType));
            StringBuilder wb = new StringBuilder(
                    XML_HEAD + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets>");
            StringBuilder rels = new StringBuilder(XML_HEAD
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            int i = 1;
            for (String name : sheets.keySet()) {
                types.append(override(
                        "xl/worksheets/sheet" + i + ".xml",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"));
                wb.append("<sheet name=\"")
                        .append(esc(name))
                        .append("\" sheetId=\"")
                        .append(i)
                        .append("\" r:id=\"rId")
                        .append(i)
                        .append("\"/>");
                rels.append("<Relationship Id=\"rId")
                        .append(i)
                        .append("\" Type=\"")
                        .append(REL_NS)
                        .append("/worksheet\" Target=\"worksheets/sheet")
                        .append(i)
                        .append(".xml\"/>");
                i++;
            }
            contentTypes.forEach(types::append);
            workbookRels.forEach(rels::append);
            types.append("</Types>");
            wb.append("</sheets>").append(workbookExtra).append("</workbook>");
            rels.append("</Relationships>");
            out.put("[Content_Types].xml", utf8(types.toString()));
            out.put(
                    "_rels/.rels",
                    utf8(XML_HEAD
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS
                            + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            out.put("xl/workbook.xml", utf8(wb.toString()));
            out.put("xl/_rels/workbook.xml.rels", utf8(rels.toString()));
            i = 1;
            for (String xml : sheets.values()) out.put("xl/worksheets/sheet" + (i++) + ".xml", utf8(xml));
            out.putAll(parts);
            return out;
        }

        public void write(Path file) throws IOException {
            try (OutputStream out = Files.newOutputStream(file)) {
                RawZip zip = new RawZip(out);
                for (var e : build().entrySet()) zip.add(e.getKey(), e.getValue());
                zip.finish();
            }
        }
    }

    static String override(String part, String type) {
        return "<Override PartName=\"/" + part + "\" ContentType=\"" + type + "\"/>";
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Worksheet XML for a table; {@code dimension} is what the sheet claims its used range is (null: none). */
    public static String sheetXml(String dimension, Table t) {
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < t.rows().size(); r++)
            rows.append(rowXml(r + 1, t.rows().get(r)));
        return worksheet(dimension, rows.toString());
    }

    public static String worksheet(String dimension, String rowsXml) {
        return XML_HEAD + "<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + (dimension == null ? "" : "<dimension ref=\"" + dimension + "\"/>")
                + "<sheetData>" + rowsXml + "</sheetData></worksheet>";
    }

    public static String rowXml(int r, List<Cell> cells) {
        StringBuilder x = new StringBuilder("<row r=\"").append(r).append("\">");
        int col = 0;
        for (Cell c : cells) {
            if (!c.empty()) x.append(xlsxCell(SheetScan.columnName(col) + r, c));
            col += c.span();
        }
        return x.append("</row>").toString();
    }

    static String xlsxCell(String ref, Cell c) {
        String v = c.value();
        if (c.type().equals("date"))
            v = String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), LocalDate.parse(v)));
        if (c.xlsxFormula() != null) {
            String t =
                    switch (c.type()) {
                        case "string" -> " t=\"str\"";
                        case "error" -> " t=\"e\"";
                        default -> "";
                    };
            return "<c r=\"" + ref + "\"" + t + "><f>" + esc(c.xlsxFormula()) + "</f>"
                    + (v == null ? "" : "<v>" + esc(v) + "</v>") + "</c>";
        }
        if (c.type().equals("string")) return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + esc(v) + "</t></is></c>";
        return "<c r=\"" + ref + "\"><v>" + v + "</v></c>";
    }

    // --------------------------------------------------------------------------------------------- a raw zip writer

    /**
     * A minimal zip writer that can state any uncompressed size in its directory, so a test can hold an archive that
     * lies about its sizes; and that deflates a huge filler as it streams, never holding it.
     */
    static final class RawZip {
        private final OutputStream out;
        private long offset;
        private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
        private int count;

        RawZip(OutputStream out) {
            this.out = out;
        }

        void add(String name, byte[] data) throws IOException {
            add(name, data, new byte[0], 0, -1);
        }

        /**
         * An entry holding {@code head}, then {@code fillerBytes} spaces, then {@code tail}; its directory states
         * {@code claimedSize} as its unpacked size (-1: the true one).
         */
        void add(String name, byte[] head, byte[] tail, long fillerBytes, long claimedSize) throws IOException {
            CRC32 crc = new CRC32();
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            long size = 0;
            size += feed(deflater, crc, packed, head, head.length, buf);
            byte[] filler = new byte[1 << 20];
            Arrays.fill(filler, (byte) ' ');
            for (long left = fillerBytes; left > 0; left -= filler.length) {
                size += feed(deflater, crc, packed, filler, (int) Math.min(left, filler.length), buf);
            }
            size += feed(deflater, crc, packed, tail, tail.length, buf);
            deflater.finish();
            while (!deflater.finished()) packed.write(buf, 0, deflater.deflate(buf));
            deflater.end();
            long stated = claimedSize >= 0 ? claimedSize : size;
            byte[] nameBytes = utf8(name);
            byte[] local = header(0x04034b50, false, nameBytes, crc.getValue(), packed.size(), stated, 0);
            out.write(local);
            packed.writeTo(out);
            directory.write(header(0x02014b50, true, nameBytes, crc.getValue(), packed.size(), stated, offset));
            offset += local.length + packed.size();
            count++;
        }

        private static long feed(
                Deflater d, CRC32 crc, ByteArrayOutputStream packed, byte[] data, int len, byte[] buf) {
            crc.update(data, 0, len);
            d.setInput(data, 0, len);
            while (!d.needsInput()) packed.write(buf, 0, d.deflate(buf));
            return len;
        }

        private static byte[] header(
                int signature, boolean central, byte[] name, long crc, long packed, long size, long localOffset) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate((central ? 46 : 30) + name.length)
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN);
            b.putInt(signature);
            if (central) b.putShort((short) 20);
            b.putShort((short) 20)
                    .putShort((short) 0x0800)
                    .putShort((short) 8)
                    .putShort((short) 0)
                    .putShort((short) 0x5A21);
            b.putInt((int) crc)
                    .putInt((int) packed)
                    .putInt((int) size)
                    .putShort((short) name.length)
                    .putShort((short) 0);
            if (central)
                b.putShort((short) 0)
                        .putShort((short) 0)
                        .putShort((short) 0)
                        .putInt(0)
                        .putInt((int) localOffset);
            b.put(name);
            return b.array();
        }

        void finish() throws IOException {
            byte[] dir = directory.toByteArray();
            out.write(dir);
            java.nio.ByteBuffer end = java.nio.ByteBuffer.allocate(22).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            end.putInt(0x06054b50)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) count)
                    .putShort((short) count)
                    .putInt(dir.length)
                    .putInt((int) offset)
                    .putShort((short) 0);
            out.write(end.array());
        }
    }

    // -------------------------------------------------------------------------------------------- the crafted cases

    /**
     * A compliant workbook whose corner-point sheet unpacks to {@code unpacked} bytes (mostly spaces between elements)
     * while its directory states {@code claimed} (-1: the truth).
     */
    public static void zipBomb(Path file, long unpacked, long claimed) throws IOException {
        Map<String, byte[]> parts = new Xlsx().tables(compliant()).build();
        try (OutputStream out = Files.newOutputStream(file)) {
            RawZip zip = new RawZip(out);
            for (var e : parts.entrySet()) {
                if (e.getKey().equals("xl/worksheets/sheet5.xml")) {
                    String xml = new String(e.getValue(), StandardCharsets.UTF_8);
                    int cut = xml.indexOf("</sheetData>");
                    zip.add(e.getKey(), utf8(xml.substring(0, cut)), utf8(xml.substring(cut)), unpacked, claimed);
                } else {
                    zip.add(e.getKey(), e.getValue());
                }
            }
            zip.finish();
        }
    }

    /** Mines that claim a used range of a million rows and hold their last mine on the grid's very last row. */
    public static void millionRowsClaimed(Path file) throws IOException {
        String rows = rowXml(1, MINE_HEADER)
                + rowXml(2, mineRow("M1", n(900000)))
                + rowXml(1_048_576, mineRow("M2", n(300000)));
        List<Table> tables = new ArrayList<>(compliant());
        Xlsx x = new Xlsx().tables(tables);
        x.sheet(mines().name(), worksheet("A1:I1048576", rows));
        x.write(file);
    }

    /** A mine row numbered 1,048,577: one past the last row any spreadsheet can have. */
    public static void rowBeyondGrid(Path file) throws IOException {
        String rows = rowXml(1, MINE_HEADER)
                + rowXml(2, mineRow("M1", n(900000)))
                + rowXml(1_048_577, mineRow("M2", n(300000)));
        new Xlsx()
                .tables(compliant())
                .sheet(mines().name(), worksheet(null, rows))
                .write(file);
    }

    /** A cell at column ZZZZZZ (index 321,272,405): a reader that sized the row by it would need gigabytes. */
    public static void columnBeyondGrid(Path file) throws IOException {
        String rows = rowXml(1, MINE_HEADER)
                + rowXml(2, mineRow("M1", n(900000)))
                        .replace("</row>", "<c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        new Xlsx()
                .tables(compliant())
                .sheet(mines().name(), worksheet(null, rows))
                .write(file);
    }

    /** Licence C1's capacity as a formula that an office program never calculated: no cached value. */
    public static void formulaWithoutValue(Path file) throws IOException {
        Table licences = licences();
        List<List<Cell>> rows = new ArrayList<>(licences.rows());
        List<Cell> c1 = new ArrayList<>(rows.get(1));
        c1.set(8, f(null, "300000*3", "float", null));
        rows.set(1, c1);
        new Xlsx().tables(replace(compliant(), licences.withRows(rows))).write(file);
    }

    /**
     * Mine M1's design capacity taken from another workbook at {@code target} (a path or URL), the way Excel stores it:
     * formula {@code [1]Sheet1!$A$1}, an externalLink part naming the target, and the value Excel cached, 900000.
     */
    public static void externalLink(Path file, String target) throws IOException {
        Table mines = new Table(
                mines().name(), List.of(MINE_HEADER, mineRow("M1", f(null, "[1]Sheet1!$A$1", "float", "900000"))));
        Xlsx x = new Xlsx().tables(replace(compliant(), mines));
        x.part(
                "xl/externalLinks/externalLink1.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
                XML_HEAD + "<externalLink xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS
                        + "\"><externalBook r:id=\"rId1\">"
                        + "<sheetNames><sheetName val=\"Sheet1\"/></sheetNames><sheetDataSet><sheetData sheetId=\"0\">"
                        + "<row r=\"1\"><cell r=\"A1\"><v>900000</v></cell></row></sheetData></sheetDataSet>"
                        + "</externalBook></externalLink>");
        x.part(
                "xl/externalLinks/_rels/externalLink1.xml.rels",
                null,
                XML_HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/externalLinkPath\" Target=\"" + esc(target)
                        + "\" TargetMode=\"External\"/></Relationships>");
        x.workbookRels.add("<Relationship Id=\"rId99\" Type=\"" + REL_NS
                + "/externalLink\" Target=\"externalLinks/externalLink1.xml\"/>");
        x.workbookExtra = "<externalReferences><externalReference r:id=\"rId99\"/></externalReferences>";
        x.write(file);
    }

    /** A macro-enabled workbook as Excel saves it: the macro-enabled main part and a VBA project. */
    public static void macroWorkbook(Path file) throws IOException {
        Xlsx x = new Xlsx().tables(compliant());
        x.mainContentType = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
        x.parts.put(
                "xl/vbaProject.bin",
                utf8("Attribute VB_Name = \"Module1\"\nSub Auto_Open()\n  Shell \"calc.exe\"\nEnd Sub\n"));
        x.contentTypes.add("<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>");
        x.workbookRels.add(
                "<Relationship Id=\"rId98\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>");
        x.write(file);
    }

    /** An enterprise name that is an XML external entity pointing at a local file. */
    public static void externalEntity(Path file, String target) throws IOException {
        String rows = rowXml(1, enterprises().rows().get(0))
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>E1</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
                + "<c r=\"D2\" t=\"inlineStr\"><is><t>140100</t></is></c></row>";
        String xml = worksheet(null, rows)
                .replace(XML_HEAD, XML_HEAD + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + target + "\">]>\n");
        new Xlsx().tables(compliant()).sheet(enterprises().name(), xml).write(file);
    }

    /** Licence C1 as one ring of {@code corners} points on a circle of radius 450 m inside the usual 1 km square. */
    public static void bigPolygon(Path file, int corners) throws IOException {
        StringBuilder rows = new StringBuilder(rowXml(1, CORNER_HEADER));
        for (int i = 0; i < corners; i++) {
            double a = 2 * Math.PI * i / corners;
            double x = Math.round((X0 + 500 + 450 * Math.cos(a)) * 1000) / 1000.0;
            double y = Math.round((Y0 + 500 + 450 * Math.sin(a)) * 1000) / 1000.0;
            rows.append(rowXml(i + 2, corner("C1", i + 1, x, y)));
        }
        new Xlsx()
                .tables(compliant())
                .sheet(corners().name(), worksheet(null, rows.toString()))
                .write(file);
    }

    // ------------------------------------------------------------------------------------- the LibreOffice sources

    /** Sources LibreOffice turns into real office files: name (without extension) to flat OpenDocument text. */
    public static Map<String, String> officeSources() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("compliant", fods(false, compliant()));
        out.put("hidden-sheet", fods(false, replace(compliant(), licences().hide())));
        out.put(
                "hidden-header-cells",
                fods(
                        false,
                        replace(
                                compliant(),
                                mines().plus(mineRow("M2", n(300000)))
                                        .hideColumns(7)
                                        .hideRows(3))));
        out.put(
                "merged-header-cell",
                fods(
                        false,
                        replace(
                                compliant(),
                                new Table(
                                        enterprises().name(),
                                        List.of(
                                                row(s("企业编号"), merged(2, s("企业名称")), s("统一社会信用代码"), s("所在区县代码")),
                                                row(
                                                        s("E1"),
                                                        s("示范矿业有限公司"),
                                                        s("（原名：示范煤业）"),
                                                        s("91140000MA0E1"),
                                                        s("140100")))))));
        out.put(
                "merged-group-header",
                fods(
                        false,
                        replace(
                                compliant(),
                                new Table(
                                        corners().name(),
                                        List.of(
                                                row(
                                                        s("对象类型"),
                                                        s("对象编号"),
                                                        s("采区/环编号"),
                                                        s("点号"),
                                                        merged(2, s("坐标 Coordinates（m）"))),
                                                row(empty(), empty(), empty(), empty(), s("X"), s("Y")),
                                                corner("C1", 1, X0, Y0),
                                                corner("C1", 2, X0 + 1000, Y0),
                                                corner("C1", 3, X0 + 1000, Y0 + 1000),
                                                corner("C1", 4, X0, Y0 + 1000))))));
        out.put("formulas", fods(false, formulaTables(false)));
        out.put("formula-error", fods(false, formulaTables(true)));
        out.put("empty-workbook", fods(false, List.of(new Table("Sheet1", List.of()))));
        out.put("missing-sheets", fods(false, List.of(enterprises(), mines())));
        out.put(
                "duplicate-headers",
                fods(
                        false,
                        replace(
                                compliant(),
                                new Table(
                                        mines().name(),
                                        List.of(
                                                texts(
                                                        "矿山编号",
                                                        "Mine ID",
                                                        "矿山名称",
                                                        "实际经营企业编号",
                                                        "所在区县代码",
                                                        "开采矿种",
                                                        "开采方式",
                                                        "生产状态",
                                                        "矿山规模"),
                                                texts("M1", "M1", "一号煤矿", "E1", "140100", "煤", "露天开采", "生产", "中型"))))));
        out.put("dates-as-text", fods(false, replace(compliant(), datesAsText())));
        out.put("date-1904", fods(true, compliant()));
        out.put("numbers-as-text", fods(false, replace(compliant(), numbersAsText())));
        out.put(
                "swapped-xy",
                fods(
                        false,
                        replace(
                                compliant(),
                                new Table(
                                        corners().name(),
                                        List.of(
                                                CORNER_HEADER,
                                                corner("C1", 1, Y0, X0),
                                                corner("C1", 2, Y0, X0 + 1000),
                                                corner("C1", 3, Y0 + 1000, X0 + 1000),
                                                corner("C1", 4, Y0 + 1000, X0))))));
        out.put(
                "self-intersecting-polygon",
                fods(
                        false,
                        replace(
                                compliant(),
                                new Table(
                                        corners().name(),
                                        List.of(
                                                CORNER_HEADER,
                                                corner("C1", 1, X0, Y0),
                                                corner("C1", 2, X0 + 1000, Y0 + 1000),
                                                corner("C1", 3, X0 + 1000, Y0),
                                                corner("C1", 4, X0, Y0 + 1000))))));
        out.put(
                "ring-too-small",
                fods(
                        false,
                        replace(
                                compliant(),
                                new Table(
                                        corners().name(),
                                        List.of(
                                                CORNER_HEADER,
                                                corner("C1", 1, X0, Y0),
                                                corner("C1", 2, X0 + 1000, Y0),
                                                corner("C1", 3, X0, Y0))))));
        out.put("odd-unicode-ids", fods(false, replace(compliant(), oddIds())));
        out.put(
                "odd-unicode-duplicate-ids",
                fods(false, replace(compliant(), mines().plus(mineRow("M\uFF11", n(300000))))));
        return out;
    }

    /**
     * Formulas LibreOffice calculates and caches: the enterprise name joined from two texts, mine M1's capacity as a
     * product, licence C1's expiry from DATE(); with {@code error}, C1's capacity divides by zero.
     */
    static List<Table> formulaTables(boolean error) {
        Table ent = new Table(
                enterprises().name(),
                List.of(
                        enterprises().rows().get(0),
                        row(
                                s("E1"),
                                f("of:=CONCATENATE(\"示范矿业\";\"有限公司\")", null, "string", "示范矿业有限公司"),
                                s("91140000MA0E1"),
                                s("140100"))));
        Table mines = new Table(
                mines().name(), List.of(MINE_HEADER, mineRow("M1", f("of:=300000*3", null, "float", "900000"))));
        Cell capacity = error ? f("of:=1/0", null, "float", "0") : n(900000);
        Table lic = new Table(
                licences().name(),
                List.of(
                        LICENCE_HEADER,
                        row(
                                s("C1"),
                                s("采矿许可证"),
                                s("M1"),
                                s("E1"),
                                s("煤"),
                                d("2020-01-01"),
                                f("of:=DATE(2030;12;31)", null, "date", "2030-12-31"),
                                s("有效"),
                                capacity),
                        licences().rows().get(2)));
        return replace(replace(replace(compliant(), ent), mines), lic);
    }

    /** Licences whose validity dates are text, one form per licence; the last three are ambiguous or impossible. */
    public static final List<String[]> TEXT_DATES = List.of(
            new String[] {"2020-01-01", "2030-12-31"},
            new String[] {"2020/1/1", "2030/12/31"},
            new String[] {"2020年1月1日", "2030年12月31日"},
            new String[] {"2020.01.01", "2030.12.31"},
            new String[] {"20200101", "20301231"},
            new String[] {"２０２０年１月１日", "２０３０年１２月３１日"},
            new String[] {"二〇二〇年一月一日", "二〇三〇年十二月三十一日"},
            new String[] {"2020-01-01T00:00:00", "2030-12-31 00:00"},
            new String[] {"2020 年 1 月 1 日", "2030 年 12 月 31 日"},
            new String[] {"12/31/2030", "2030年12月"},
            new String[] {"30-12-31", "2030-02-30"});

    static Table datesAsText() {
        List<List<Cell>> rows = new ArrayList<>(List.of(LICENCE_HEADER));
        for (int i = 0; i < TEXT_DATES.size(); i++) {
            String[] d = TEXT_DATES.get(i);
            rows.add(
                    row(s("S" + (i + 1)), s("安全生产许可证"), s("M1"), s("E1"), empty(), s(d[0]), s(d[1]), s("有效"), empty()));
        }
        rows.add(licences().rows().get(1));
        return new Table(licences().name(), rows);
    }

    /** Design capacities as text, one form per mine; each is 900000 t/a read right, or a form that must be refused. */
    public static final List<String> TEXT_NUMBERS = List.of(
            "900,000",
            "９００００００",
            "９００，０００",
            "900000 t/a",
            "900000吨/年",
            " 900000 ",
            "90万",
            "900.000,0",
            "9,00,000",
            "900000 m");

    static Table numbersAsText() {
        List<List<Cell>> rows = new ArrayList<>(List.of(MINE_HEADER));
        for (int i = 0; i < TEXT_NUMBERS.size(); i++) rows.add(mineRow("M" + (i + 1), s(TEXT_NUMBERS.get(i))));
        return new Table(mines().name(), rows);
    }

    /** Mine M1 named once; licences, blocks and points refer to it through invisible and full-width variants. */
    public static final List<String> ODD_IDS =
            List.of("M1", "M\uFF11", " M1 ", "M1\u200B", "\u3000M1", "M1\u00A0", "\uFEFFM1", "\u2060M1\u200D");

    static Table oddIds() {
        List<List<Cell>> rows = new ArrayList<>(List.of(LICENCE_HEADER));
        rows.add(licences().rows().get(1));
        for (int i = 0; i < ODD_IDS.size(); i++) {
            rows.add(row(
                    s("S" + (i + 1)),
                    s("安全生产许可证"),
                    s(ODD_IDS.get(i)),
                    s("E1"),
                    empty(),
                    d("2020-01-01"),
                    d("2030-12-31"),
                    s("有效"),
                    empty()));
        }
        return new Table(licences().name(), rows);
    }

    // --------------------------------------------------------------------------------------------------- main

    /** Writes source/*.fods and crafted/*.xlsx under the given folder (test-data/hostile). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "test-data/hostile");
        Path source = Files.createDirectories(root.resolve("source"));
        for (var e : officeSources().entrySet()) {
            Files.writeString(source.resolve(e.getKey() + ".fods"), e.getValue());
        }
        Path crafted = Files.createDirectories(root.resolve("crafted"));
        zipBomb(crafted.resolve("zip-bomb.xlsx"), 600L << 20, -1);
        zipBomb(crafted.resolve("zip-bomb-lying-sizes.xlsx"), 256L << 20, 1024);
        millionRowsClaimed(crafted.resolve("million-rows-claimed.xlsx"));
        rowBeyondGrid(crafted.resolve("row-beyond-grid.xlsx"));
        columnBeyondGrid(crafted.resolve("column-beyond-grid.xlsx"));
        formulaWithoutValue(crafted.resolve("formula-without-value.xlsx"));
        externalLink(crafted.resolve("external-link.xlsx"), "file:///C:/Users/finance/Desktop/capacity.xlsx");
        macroWorkbook(crafted.resolve("macro.xlsm"));
        externalEntity(crafted.resolve("external-entity.xlsx"), "file:///etc/passwd");
        Files.writeString(crafted.resolve("text-renamed.xlsx"), "企业编号,企业名称\nE1,示范矿业有限公司\n");
    }
}
