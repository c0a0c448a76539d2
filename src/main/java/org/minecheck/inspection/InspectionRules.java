package org.minecheck.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.minecheck.finding.Department;
import org.minecheck.finding.Severity;

/**
 * The joint-inspection parameters as data (rules/inspection/): settings, check items, rectification deadlines per
 * severity and the working-day calendar. Read from a rule folder's {@code inspection/} when it has the file, else from
 * the bundled copy; {@link #digest()} is SHA-256 over the four files as read, so a draw record says which parameters it
 * was made with.
 */
public final class InspectionRules {
    static final List<String> FILES =
            List.of("parameters.csv", "check-items.csv", "rectification-deadlines.csv", "holidays.csv");

    private final Map<String, String> settings;
    private final Map<String, CheckItem> items;
    private final Map<Severity, Integer> deadlineDays;
    private final HolidayCalendar calendar;
    private final Map<String, String> sources;
    private final String digest;

    private InspectionRules(Map<String, String> sources) {
        this.sources = Map.copyOf(sources);
        this.settings = new LinkedHashMap<>();
        for (String[] row : rows(sources.get("parameters.csv"))) settings.put(row[0], row[1]);
        this.items = new LinkedHashMap<>();
        for (String[] r : rows(sources.get("check-items.csv"))) {
            List<Department> departments = Arrays.stream(r[4].split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(Department::parse)
                    .toList();
            List<String> rules = Arrays.stream(r[3].split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            items.put(r[0], new CheckItem(r[0], r[1], r[2], rules, departments, r[5], Double.parseDouble(r[6])));
        }
        this.deadlineDays = new EnumMap<>(Severity.class);
        for (String[] r : rows(sources.get("rectification-deadlines.csv")))
            deadlineDays.put(Severity.parse(r[0]), Integer.parseInt(r[1]));
        List<HolidayCalendar.Day> days = new ArrayList<>();
        for (String[] r : rows(sources.get("holidays.csv"))) {
            days.add(new HolidayCalendar.Day(
                    LocalDate.parse(r[0]),
                    "holiday".equals(r[1]),
                    r[2],
                    r[3],
                    !r[4].toLowerCase(Locale.ROOT).contains("unverified")));
        }
        this.calendar = new HolidayCalendar(days);
        this.digest = digest(sources);
    }

    /** The bundled parameters (classpath rules/inspection/). */
    public static InspectionRules bundled() {
        Map<String, String> sources = new TreeMap<>();
        for (String f : FILES) sources.put(f, resource(f));
        return new InspectionRules(sources);
    }

    /**
     * The parameters of a rule folder ({@code --rules DIR}): each file of {@code DIR/inspection/} that exists replaces
     * the bundled one; none given → the bundled parameters.
     */
    public static InspectionRules of(String rulesDir) throws IOException {
        if (rulesDir == null || rulesDir.isBlank()) return bundled();
        Map<String, String> sources = new TreeMap<>();
        for (String f : FILES) {
            Path p = Path.of(rulesDir, "inspection", f);
            sources.put(f, Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : resource(f));
        }
        return new InspectionRules(sources);
    }

    /** Parameters as a draw record carries them (file name → content). */
    public static InspectionRules fromSources(Map<String, String> sources) {
        return new InspectionRules(sources);
    }

    public Map<String, String> sources() {
        return sources;
    }

    private static String resource(String f) {
        try (InputStream in = InspectionRules.class.getResourceAsStream("/rules/inspection/" + f)) {
            if (in == null) throw new IllegalStateException("missing bundled rules/inspection/" + f);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Data rows of a small CSV (header skipped; no quoted commas: these files never need them). */
    static List<String[]> rows(String csv) {
        List<String[]> out = new ArrayList<>();
        String[] lines = csv.replace("\r", "").split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].startsWith("#")) continue;
            String[] cells = lines[i].split(",", -1);
            for (int c = 0; c < cells.length; c++) cells[c] = cells[c].strip();
            out.add(cells);
        }
        return out;
    }

    static String digest(Map<String, String> sources) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (var e : new TreeMap<>(sources).entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String digest() {
        return digest;
    }

    public String setting(String key) {
        String v = settings.get(key);
        if (v == null) throw new IllegalStateException("rules/inspection/parameters.csv has no " + key);
        return v;
    }

    public double number(String key) {
        return Double.parseDouble(setting(key));
    }

    public int integer(String key) {
        return (int) Math.round(number(key));
    }

    public Map<String, CheckItem> items() {
        return items;
    }

    public Optional<CheckItem> item(String id) {
        return Optional.ofNullable(items.get(id));
    }

    /** The rectification deadline of a finding of this severity found on {@code inspected}. */
    public LocalDate deadline(Severity s, LocalDate inspected) {
        Integer days = deadlineDays.get(s);
        if (days == null)
            throw new IllegalStateException("rules/inspection/rectification-deadlines.csv has no " + s.code());
        return inspected.plusDays(days);
    }

    public int deadlineDays(Severity s) {
        return deadlineDays.getOrDefault(s, 0);
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    /** The day the results must be public by: the inspection date plus the publication working days. */
    public LocalDate publicationDeadline(LocalDate inspected) {
        return calendar.plusWorkingDays(inspected, integer("publication.working-days"));
    }
}
