package org.minecheck.ingest;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.minecheck.model.Coded;
import org.minecheck.model.MineralVocabulary;

/**
 * Turns a raw cell into the value its column expects, or says what was expected. Lenient only where the reading is
 * unambiguous: full-width digits, thousands separators in the standard positions, the column's own unit after a number.
 */
final class CellParser {

    /** A parse failure: the message key naming what was expected, and its arguments. */
    record Failure(String key, Object... args) {}

    static final class ParseException extends Exception {
        final Failure failure;

        ParseException(String key, Object... args) {
            super(key, null, false, false);
            this.failure = new Failure(key, args);
        }
    }

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NUMBER_THEN_UNIT = Pattern.compile("([+-]?[\\d.,]+)\\s*(.+)");
    private static final Pattern YMD =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern ISO_TIME =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    /** Excel serial day numbers from 1900-01-01 to 2199-12-31; anything else in a date column is refused. */
    private static final double MAX_SERIAL = 109573;

    private final MineralVocabulary minerals;

    CellParser(MineralVocabulary minerals) {
        this.minerals = minerals;
    }

    /**
     * Text as a person meant it: Unicode-normalised (NFKC: full-width letters and digits to ASCII, no-break and
     * ideographic spaces to spaces), invisible format characters removed (zero-width spaces and joiners, soft hyphens,
     * byte-order marks, direction marks), trimmed of all kinds of white space. Case and inner spaces are kept.
     */
    static String clean(String s) {
        // Fast path (measured: NFKC plus a regex per cell was most of ingest): printable ASCII and CJK unified
        // ideographs are unchanged by NFKC and hold no zero-width character, so stripping is all that is left to do.
        if (plainText(s)) return s.strip();
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        t = t.replaceAll("\\p{Cf}", "");
        return t.strip();
    }

    private static boolean plainText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 || c > 0x7E) && (c < 0x4E00 || c > 0x9FFF)) return false;
        }
        return true;
    }

    Object parse(RawCell cell, ColumnSpec spec) throws ParseException {
        return parse(cell, spec, false);
    }

    /** As {@link #parse(RawCell, ColumnSpec)}; {@code date1904}: date serial numbers count from 1904-01-01. */
    Object parse(RawCell cell, ColumnSpec spec, boolean date1904) throws ParseException {
        if (cell.kind() == RawCell.Kind.ERROR) throw new ParseException("ingest.errorCell");
        if (cell.kind() == RawCell.Kind.FORMULA_WITHOUT_VALUE) throw new ParseException("ingest.formulaNoValue");
        return switch (spec.type()) {
            case TEXT -> canonical(text(cell));
            case INTEGER -> inRange(integer(cell, spec), spec);
            case DECIMAL -> canonical(inRange(decimal(cell, spec), spec), spec.key());
            case COORDINATE -> decimal(cell, spec);
            case DATE -> canonical(date(cell, date1904));
            case BOOLEAN -> bool(cell);
            case ENUM -> enumValue(cell, spec);
            case MINERAL -> mineral(clean(cell.text()));
            case MINERAL_LIST -> mineralList(cell);
        };
    }

    /** A cell as text the way a TEXT column reads it (a number cell without trailing zeros). */
    static String text(RawCell cell) {
        if (cell.kind() == RawCell.Kind.NUMBER)
            return new BigDecimal(cell.text()).stripTrailingZeros().toPlainString();
        return clean(cell.text());
    }

    /**
     * Short texts (ids, codes) repeat in every row that references them: one shared instance each keeps a province's
     * dataset about a third smaller (measured), which is what lets 50,000 enterprises fit in a 512 MB heap.
     */
    private final java.util.HashMap<String, String> texts = new java.util.HashMap<>();

    /** Drops the shared values once a read is over, so a reader kept for many reads does not grow. */
    void forgetTexts() {
        texts.clear();
        dates.clear();
        decimals.clear();
        longDecimals.clear();
        mineralLists.clear();
    }

    /** Dates repeat too (a province has a few thousand distinct ones): one instance each. */
    private final java.util.HashMap<LocalDate, LocalDate> dates = new java.util.HashMap<>();

    private LocalDate canonical(LocalDate d) {
        LocalDate known = dates.putIfAbsent(d, d);
        return known == null ? d : known;
    }

    /**
     * Short numbers (rates, elevations, capacities) repeat; amounts of money rarely do and are not kept here. Equal
     * means equal with the same scale, so 85.3 and 85.30 stay what the file said.
     */
    private final java.util.HashMap<BigDecimal, BigDecimal> decimals = new java.util.HashMap<>();

    /**
     * Longer numbers repeat within some columns (capacities in round figures, plan costs and reserves) and hardly ever
     * within others (amounts of money): each column keeps up to {@link #LONG_DECIMALS_PER_COLUMN} distinct values, so a
     * column of unique amounts costs a bounded table during the read and nothing after it.
     */
    private final java.util.HashMap<String, java.util.HashMap<BigDecimal, BigDecimal>> longDecimals =
            new java.util.HashMap<>();

    static final int LONG_DECIMALS_PER_COLUMN = 4096;

    private BigDecimal canonical(BigDecimal d, String column) {
        if (d.precision() <= 4) {
            BigDecimal known = decimals.putIfAbsent(d, d);
            return known == null ? d : known;
        }
        var known = longDecimals.computeIfAbsent(column, k -> new java.util.HashMap<>());
        BigDecimal same = known.get(d);
        if (same != null) return same;
        if (known.size() < LONG_DECIMALS_PER_COLUMN) known.put(d, d);
        return d;
    }

    private String canonical(String s) {
        if (s.length() > 32) return s;
        String known = texts.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** The value when it lies in the column's declared range; otherwise what was expected. */
    static BigDecimal inRange(BigDecimal v, ColumnSpec spec) throws ParseException {
        Range r = spec.range();
        if (r == null || r.contains(v)) return v;
        String unit = spec.unit() == null || spec.unit().isEmpty() ? "" : " " + spec.unit();
        if (v.signum() < 0 && !r.signed()) throw new ParseException("ingest.negative");
        throw new ParseException("ingest.outOfRange", Range.show(r.min()), Range.show(r.max()), unit);
    }

    private static BigDecimal integer(RawCell cell, ColumnSpec spec) throws ParseException {
        BigDecimal d = decimal(cell, spec);
        if (d.stripTrailingZeros().scale() > 0) throw new ParseException("ingest.expectedInteger");
        return d;
    }

    static BigDecimal decimal(RawCell cell, ColumnSpec spec) throws ParseException {
        // A column whose header says 万吨/年 (or 万吨) holds tens of thousands of tonnes: its numbers are scaled to t.
        BigDecimal columnScale = spec.unit() != null && spec.unit().startsWith(TEN_THOUSAND) ? TEN_K : null;
        if (cell.kind() == RawCell.Kind.NUMBER) return scaled(new BigDecimal(cell.text()), columnScale);
        if (cell.kind() == RawCell.Kind.BOOLEAN) throw expectedNumber(spec);
        String t = clean(cell.text()).replace('−', '-');
        BigDecimal plain = plainNumber(t);
        if (plain != null) return scaled(plain, columnScale);
        Matcher m = NUMBER_THEN_UNIT.matcher(t);
        if (m.matches()) {
            String base = columnScale == null ? spec.unit() : spec.unit().substring(TEN_THOUSAND.length());
            BigDecimal n = plainNumber(m.group(1));
            // The cell's own unit wins over the header's: 60万吨/年 and 600000吨/年 mean the same in either column.
            if (n != null && unitMatches(m.group(2), base)) return n;
            if (n != null && tenThousandOf(m.group(2), base)) return n.multiply(TEN_K);
        }
        throw expectedNumber(spec);
    }

    /** "a number expected (unit t)", or without the unit where the column has none (a year, a block number). */
    private static ParseException expectedNumber(ColumnSpec spec) {
        return spec.unit() == null || spec.unit().isEmpty()
                ? new ParseException("ingest.expectedPlainNumber")
                : new ParseException("ingest.expectedNumber", spec.unit());
    }

    /** The prefix of a unit in tens of thousands (万吨/年 is written 万t/a in the schema's terms). */
    static final String TEN_THOUSAND = "万";

    private static final BigDecimal TEN_K = BigDecimal.valueOf(10_000);

    private static BigDecimal scaled(BigDecimal n, BigDecimal scale) {
        return scale == null ? n : n.multiply(scale);
    }

    /** Whether a written unit is the tens-of-thousands form of a tonne unit: 万吨/年, 万t/a for t/a; 万吨, 万t for t. */
    static boolean tenThousandOf(String written, String unit) {
        if (unit == null) return false;
        String w = written.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (unit) {
            case "t/a" -> w.equals("万吨/年") || w.equals("万t/a") || w.equals("万t/年") || w.equals("万吨每年");
            case "t" -> w.equals("万吨") || w.equals("万t");
            default -> false;
        };
    }

    private static BigDecimal plainNumber(String t) {
        if (PLAIN.matcher(t).matches()) return new BigDecimal(t);
        if (GROUPED.matcher(t).matches()) return new BigDecimal(t.replace(",", ""));
        return null;
    }

    private static boolean unitMatches(String written, String unit) {
        String w = written.strip().toLowerCase(Locale.ROOT);
        if (unit == null || unit.isEmpty()) return false;
        String u = unit.toLowerCase(Locale.ROOT);
        return w.equals(u)
                || switch (u) {
                    case "t" -> w.equals("吨");
                    case "t/a" -> w.equals("吨/年") || w.equals("t/year");
                    case "m" -> w.equals("米");
                    case "ha" -> w.equals("公顷");
                    case "元" -> w.equals("yuan") || w.equals("cny");
                    default -> false;
                };
    }

    static LocalDate date(RawCell cell) throws ParseException {
        return date(cell, false);
    }

    static LocalDate date(RawCell cell, boolean date1904) throws ParseException {
        if (cell.kind() == RawCell.Kind.NUMBER) {
            double serial = Double.parseDouble(cell.text());
            if (serial < 1 || serial > MAX_SERIAL) throw new ParseException("ingest.expectedDate");
            return DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
        }
        if (cell.kind() != RawCell.Kind.STRING) throw new ParseException("ingest.expectedDate");
        String t = chineseNumerals(clean(cell.text()));
        Matcher iso = ISO_TIME.matcher(t);
        if (iso.matches()) t = iso.group(1);
        Matcher m = YMD.matcher(t);
        if (!m.matches()) {
            m = COMPACT.matcher(t);
            if (!m.matches()) throw new ParseException("ingest.expectedDate");
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new ParseException("ingest.expectedDate");
        }
    }

    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final Pattern CHINESE_DATE =
            Pattern.compile("([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");

    /**
     * A date written in Chinese numerals, as on official documents ("二〇二五年六月三十日"), turned into digits; any
     * other text is returned as it was. The year is read digit by digit, month and day as numbers up to 三十一.
     */
    static String chineseNumerals(String t) {
        Matcher m = CHINESE_DATE.matcher(t);
        if (!m.matches()) return t;
        StringBuilder year = new StringBuilder();
        for (char c : m.group(1).toCharArray()) year.append(c == '零' ? 0 : CHINESE_DIGITS.indexOf(c));
        int month = chineseNumber(m.group(2));
        int day = chineseNumber(m.group(3));
        if (month < 0 || day < 0) return t;
        return year + "年" + month + "月" + day + "日";
    }

    /** 一 … 九, 十, 十一 … 十九, 二十 … 三十一; -1 for anything else. */
    private static int chineseNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) return s.length() == 1 ? CHINESE_DIGITS.indexOf(s.charAt(0)) : -1;
        int tens = ten == 0 ? 1 : ten == 1 ? CHINESE_DIGITS.indexOf(s.charAt(0)) : -1;
        int units = ten == s.length() - 1 ? 0 : ten == s.length() - 2 ? CHINESE_DIGITS.indexOf(s.charAt(ten + 1)) : -1;
        return tens < 1 || units < 0 ? -1 : tens * 10 + units;
    }

    private static Boolean bool(RawCell cell) throws ParseException {
        String t = clean(cell.text()).toLowerCase(Locale.ROOT);
        return switch (t) {
            case "true", "yes", "y", "是", "有", "1", "√" -> Boolean.TRUE;
            case "false", "no", "n", "否", "无", "0", "×" -> Boolean.FALSE;
            default -> throw new ParseException("ingest.expectedYesNo");
        };
    }

    private static Object enumValue(RawCell cell, ColumnSpec spec) throws ParseException {
        EnumNames names = ENUM_NAMES.get(spec.enumType());
        Object e = names.byName.get(Headers.normalize(clean(cell.text())));
        if (e != null) return e;
        throw new ParseException("ingest.expectedOneOf", names.allowed);
    }

    /**
     * An enumeration's accepted names, normalised once per type rather than for every cell (the per-cell regexes were
     * most of ingest time). The first constant whose code, Chinese or English label matches wins, as before.
     */
    private record EnumNames(java.util.Map<String, Object> byName, String allowed) {}

    private static final ClassValue<EnumNames> ENUM_NAMES = new ClassValue<>() {
        @Override
        protected EnumNames computeValue(Class<?> type) {
            java.util.Map<String, Object> byName = new java.util.HashMap<>();
            List<String> allowed = new ArrayList<>();
            for (Object e : type.getEnumConstants()) {
                Coded c = (Coded) e;
                byName.putIfAbsent(Headers.normalize(c.code()), e);
                byName.putIfAbsent(Headers.normalize(c.zh()), e);
                byName.putIfAbsent(Headers.normalize(c.en()), e);
                allowed.add(c.zh() + "/" + c.code());
            }
            return new EnumNames(java.util.Map.copyOf(byName), String.join(", ", allowed));
        }
    };

    private String mineral(String name) throws ParseException {
        return minerals.find(name)
                .map(MineralVocabulary.Mineral::code)
                .orElseThrow(() -> new ParseException(
                        "ingest.unknownMineral", minerals.all().size()));
    }

    private List<String> mineralList(RawCell cell) throws ParseException {
        List<String> out = new ArrayList<>();
        for (String part : clean(cell.text()).split("[,，、;；/]")) {
            if (!part.isBlank()) out.add(mineral(part.strip()));
        }
        List<String> list = List.copyOf(out);
        List<String> known = mineralLists.putIfAbsent(list, list);
        return known == null ? list : known;
    }

    /** A licence's minerals are one of a few combinations: one immutable list each, shared by every licence. */
    private final java.util.HashMap<List<String>, List<String>> mineralLists = new java.util.HashMap<>();
}
