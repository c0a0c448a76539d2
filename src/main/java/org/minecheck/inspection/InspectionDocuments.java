package org.minecheck.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minecheck.engine.CheckResult;
import org.minecheck.finding.Department;
import org.minecheck.finding.Finding;
import org.minecheck.i18n.Texts;
import org.minecheck.model.Enterprise;
import org.minecheck.picture.BoundaryMap;
import org.minecheck.picture.BoundaryMaps;
import org.minecheck.report.FindingText;

/**
 * Writes a draw's documents into a folder: per inspected enterprise the findings notice (internal and public DOCX, and
 * PDF through LibreOffice when it is installed), and the inspection's findings ledger (XLSX).
 */
public final class InspectionDocuments {
    private InspectionDocuments() {}

    /** What was written, and why no PDF was (null when PDFs were made or not asked for). */
    public record Written(List<Path> files, String pdfProblem) {}

    static Written write(
            DrawRecord record,
            CheckResult result,
            FindingText text,
            InspectionRules rules,
            List<InspectionStore.RectificationRow> states,
            Path dir,
            boolean pdf,
            Locale locale)
            throws IOException {
        Texts t = Texts.of(locale);
        Files.createDirectories(dir);
        Map<String, Enterprise> enterprises = new HashMap<>();
        for (Enterprise e : result.dataset().enterprises) enterprises.put(e.id(), e);
        Map<String, byte[]> maps = new HashMap<>();
        for (BoundaryMap m : BoundaryMaps.of(text.ruleBook()).draw(result, t))
            maps.put(m.finding().key().toString(), m.png());
        Map<String, InspectionStore.RectificationRow> byKey = new HashMap<>();
        for (var s : states) byKey.put(s.key(), s);
        LocalDate inspected = LocalDate.parse(record.drawDate());
        LocalDate publication = rules.publicationDeadline(inspected);
        boolean unverified = rules.calendar().unverifiedBetween(inspected, publication)
                || !rules.calendar().covers(inspected.getYear())
                || !rules.calendar().covers(publication.getYear());
        List<Path> written = new ArrayList<>();
        List<Path> docx = new ArrayList<>();
        Map<String, Drawing.Team> teams = new HashMap<>();
        for (Drawing.Team team : record.outcome().teams()) teams.put(team.enterpriseId(), team);
        for (Drawing.UnitDraw u : record.outcome().targets()) {
            Drawing.Team team = teams.get(u.enterpriseId());
            Set<Department> departments = new LinkedHashSet<>();
            for (String d : team.departments()) departments.add(Department.parse(d));
            Map<Department, List<FindingsDocument.Item>> items = new LinkedHashMap<>();
            Set<String> seen = new java.util.HashSet<>();
            for (Finding f : result.findings()) {
                if (!u.enterpriseId().equals(f.subject().enterpriseId())) continue;
                if (!InspectionService.covered(rules, u.drawnItems(), f.ruleId())) continue;
                if (!seen.add(f.department().code() + "|" + f.key())) continue;
                departments.add(f.department());
                var state = byKey.get(f.key().toString());
                LocalDate deadline = state != null ? state.deadline() : rules.deadline(f.severity(), inspected);
                List<String[]> evidence = new ArrayList<>();
                for (FindingText.EvidenceLine e : text.evidence(f)) {
                    evidence.add(new String[] {
                        e.label(), e.value(), e.cell() == null ? "" : e.cell().toString()
                    });
                }
                items.computeIfAbsent(f.department(), k -> new ArrayList<>())
                        .add(new FindingsDocument.Item(
                                f.key().toString(),
                                f.ruleId(),
                                text.title(f.ruleId()),
                                f.severity(),
                                text.subjectName(f),
                                text.message(f),
                                evidence,
                                text.basisLine(f),
                                text.fix(f),
                                deadline,
                                maps.get(f.key().toString())));
            }
            List<FindingsDocument.Section> sections = new ArrayList<>();
            for (Department d : departments) {
                List<String> officers = new ArrayList<>();
                for (Drawing.Member m : team.members()) {
                    if (m.department().equals(d.code())) officers.add(m.name() + "（" + m.inspectorId() + "）");
                }
                sections.add(new FindingsDocument.Section(d, officers, items.getOrDefault(d, List.of())));
            }
            Enterprise e = enterprises.get(u.enterpriseId());
            List<String> itemNames = new ArrayList<>();
            for (String i : u.drawnItems())
                itemNames.add(rules.item(i).map(c -> c.name(locale)).orElse(i));
            var notice = new FindingsDocument.Notice(
                    t.format(
                            "inspection.doc.reference",
                            String.valueOf(record.year()),
                            String.valueOf(record.drawId()),
                            u.enterpriseId()),
                    u.enterpriseId(),
                    e == null ? u.name() : e.name(),
                    e == null ? null : e.creditCode(),
                    String.join("、", itemNames),
                    String.join(
                            "、", departments.stream().map(d -> d.text(locale)).toList()),
                    inspected,
                    publication,
                    rules.integer("publication.working-days"),
                    unverified,
                    sections);
            String stem = BoundaryMaps.fileStem("inspection-" + record.drawId() + "-" + u.enterpriseId());
            Path internal = dir.resolve(stem + ".docx");
            Path open = dir.resolve(stem + "-public.docx");
            atomic(internal, FindingsDocument.write(notice, locale, false));
            atomic(open, FindingsDocument.write(notice, locale, true));
            written.add(internal);
            written.add(open);
            docx.add(internal);
            docx.add(open);
        }
        Path ledger = dir.resolve("inspection-" + record.drawId() + "-ledger.xlsx");
        atomic(ledger, ledger(record, result, text, rules, byKey, locale));
        written.add(ledger);
        String problem = null;
        if (pdf) {
            try {
                written.addAll(Pdf.convert(docx, dir));
            } catch (Pdf.Unavailable ex) {
                problem = ex.getMessage();
            }
        }
        return new Written(written, problem);
    }

    private static byte[] ledger(
            DrawRecord record,
            CheckResult result,
            FindingText text,
            InspectionRules rules,
            Map<String, InspectionStore.RectificationRow> states,
            Locale locale)
            throws IOException {
        Texts t = Texts.of(locale);
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet(t.get("inspection.ledger.findings"));
            String[] header = {
                "enterprise",
                "enterpriseName",
                "department",
                "key",
                "rule",
                "severity",
                "message",
                "basis",
                "deadline",
                "state"
            };
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++)
                h.createCell(i).setCellValue(t.get("inspection.ledger." + header[i]));
            int r = 1;
            Map<String, Drawing.UnitDraw> targets = new HashMap<>();
            for (Drawing.UnitDraw u : record.outcome().targets()) targets.put(u.enterpriseId(), u);
            for (Finding f : result.findings()) {
                Drawing.UnitDraw u = targets.get(f.subject().enterpriseId());
                if (u == null || !InspectionService.covered(rules, u.drawnItems(), f.ruleId())) continue;
                var st = states.get(f.key().toString());
                Row row = s.createRow(r++);
                String[] v = {
                    u.enterpriseId(),
                    f.subject().enterpriseName(),
                    f.department().text(locale),
                    f.key().toString(),
                    f.ruleId(),
                    f.severity().text(locale),
                    text.message(f),
                    text.basisLine(f),
                    st == null ? "" : st.deadline().toString(),
                    st == null ? "" : st.state().text(locale)
                };
                for (int i = 0; i < v.length; i++) row.createCell(i).setCellValue(v[i] == null ? "" : v[i]);
            }
            Sheet ts = wb.createSheet(t.get("inspection.ledger.targets"));
            Row th = ts.createRow(0);
            String[] theader = {"enterprise", "enterpriseName", "region", "items", "probability", "team"};
            for (int i = 0; i < theader.length; i++)
                th.createCell(i).setCellValue(t.get("inspection.ledger." + theader[i]));
            int tr = 1;
            for (Drawing.Team team : record.outcome().teams()) {
                Drawing.UnitDraw u = targets.get(team.enterpriseId());
                Row row = ts.createRow(tr++);
                row.createCell(0).setCellValue(u.enterpriseId());
                row.createCell(1).setCellValue(u.name());
                row.createCell(2).setCellValue(u.region());
                row.createCell(3).setCellValue(String.join(", ", u.drawnItems()));
                row.createCell(4).setCellValue(u.probability());
                row.createCell(5)
                        .setCellValue(String.join(
                                ", ",
                                team.members().stream()
                                        .map(m -> m.name() + " (" + m.inspectorId() + ", " + m.department() + ")")
                                        .toList()));
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Written beside the target and moved over it: a reader never sees half a file. */
    static void atomic(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".tmp-", ".part");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** DOCX → PDF by LibreOffice headless ({@code soffice --headless --convert-to pdf}). */
    public static final class Pdf {
        private Pdf() {}

        /** LibreOffice is not installed, or did not convert. */
        public static final class Unavailable extends Exception {
            Unavailable(String message) {
                super(message);
            }
        }

        public static String soffice() {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, "soffice");
                if (Files.isExecutable(p)) return p.toString();
            }
            return null;
        }

        public static List<Path> convert(List<Path> docx, Path dir) throws IOException, Unavailable {
            String soffice = soffice();
            if (soffice == null) throw new Unavailable("soffice (LibreOffice) is not installed: no PDF was written");
            if (docx.isEmpty()) return List.of();
            Path profile = Files.createTempDirectory("minecheck-lo-");
            List<String> cmd = new ArrayList<>(List.of(
                    soffice,
                    "-env:UserInstallation=" + profile.toUri(),
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    dir.toAbsolutePath().toString()));
            for (Path p : docx) cmd.add(p.toAbsolutePath().toString());
            Process proc = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                if (!proc.waitFor(10, TimeUnit.MINUTES)) {
                    proc.destroyForcibly();
                    throw new Unavailable("soffice did not finish within 10 minutes: no PDF was written");
                }
            } catch (InterruptedException e) {
                proc.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            } finally {
                deleteTree(profile);
            }
            List<Path> out = new ArrayList<>();
            for (Path p : docx) {
                String name = p.getFileName().toString();
                Path pdf = dir.resolve(name.substring(0, name.length() - ".docx".length()) + ".pdf");
                if (!Files.isRegularFile(pdf)) throw new Unavailable("soffice wrote no " + pdf.getFileName());
                out.add(pdf);
            }
            return out;
        }

        private static void deleteTree(Path p) throws IOException {
            try (var walk = Files.walk(p)) {
                for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
            }
        }
    }
}
