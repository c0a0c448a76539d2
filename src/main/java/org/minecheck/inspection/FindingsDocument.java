package org.minecheck.inspection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.minecheck.finding.Department;
import org.minecheck.finding.Severity;
import org.minecheck.i18n.Texts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The findings document of one inspected enterprise, laid out like an official notice (GB/T 9704-2012): A4, margins
 * top 37 mm, bottom 35 mm, left (binding) 28 mm, right 26 mm; body 仿宋 三号 (16 pt), headings 黑体 三号, the East-Asian
 * font named explicitly on every run (rFonts eastAsia) so that no viewer falls back to a Latin font. One section per
 * department that acts on a finding, each finding with its id, what is wrong, the evidence cells, the cited basis and
 * the rectification deadline of its severity; a signature block per department. The public version leaves out the
 * inspectors' names and ids (personal data).
 */
public final class FindingsDocument {
    static final String BODY_FONT = "仿宋";
    static final String HEADING_FONT = "黑体";
    static final double BODY_PT = 16;
    static final double TITLE_PT = 22;
    static final double TABLE_PT = 12;
    /** A4 in twentieths of a point. */
    static final int A4_W = 11906;

    static final int A4_H = 16838;

    /** One finding as the document shows it. */
    public record Item(
            String key,
            String ruleId,
            String title,
            Severity severity,
            String subject,
            String message,
            List<String[]> evidence,
            String basis,
            String fix,
            LocalDate deadline,
            byte[] map) {}

    /** A department's part: its officers on the team (names withheld in the public version) and its findings. */
    public record Section(Department department, List<String> officers, List<Item> items) {}

    public record Notice(
            String reference,
            String enterpriseId,
            String enterpriseName,
            String creditCode,
            String itemsText,
            String departmentsText,
            LocalDate inspected,
            LocalDate publicationDeadline,
            int publicationDays,
            boolean calendarUnverified,
            List<Section> sections) {}

    private FindingsDocument() {}

    public static byte[] write(Notice n, Locale locale, boolean publicVersion) throws IOException {
        Texts t = Texts.of(locale);
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, t.get("inspection.doc.title"), HEADING_FONT, TITLE_PT, false);
            XWPFParagraph ref = doc.createParagraph();
            ref.setAlignment(ParagraphAlignment.CENTER);
            run(
                    ref,
                    n.reference() + (publicVersion ? "  " + t.get("inspection.doc.publicMark") : ""),
                    BODY_FONT,
                    BODY_PT,
                    false);
            body(
                    doc,
                    n.enterpriseName() + "（" + n.enterpriseId() + (n.creditCode() == null ? "" : "，" + n.creditCode())
                            + "）：",
                    false);
            indented(
                    doc,
                    t.format(
                            "inspection.doc.intro",
                            n.departmentsText(),
                            n.inspected().toString(),
                            n.itemsText()));
            int number = 0;
            boolean none = true;
            for (Section s : n.sections()) {
                number++;
                heading(doc, chineseNumber(number, locale) + s.department().text(locale));
                String officers =
                        publicVersion ? t.get("inspection.doc.officersWithheld") : String.join("、", s.officers());
                indented(doc, t.format("inspection.doc.officers", officers.isEmpty() ? "—" : officers));
                if (s.items().isEmpty()) {
                    indented(doc, t.get("inspection.doc.noFindings"));
                    continue;
                }
                none = false;
                int k = 0;
                for (Item i : s.items()) {
                    k++;
                    XWPFParagraph p = doc.createParagraph();
                    p.setFirstLineIndent(640);
                    run(p, "（" + k + "）" + i.ruleId() + " " + i.title(), BODY_FONT, BODY_PT, true);
                    indented(
                            doc,
                            t.format("inspection.doc.key", i.key(), i.severity().text(locale), i.subject()));
                    indented(doc, t.format("inspection.doc.problem", i.message()));
                    if (!i.evidence().isEmpty()) {
                        indented(doc, t.get("inspection.doc.evidence"));
                        evidence(doc, t, i.evidence());
                    }
                    indented(doc, t.format("inspection.doc.basis", i.basis()));
                    if (i.fix() != null && !i.fix().isBlank()) indented(doc, t.format("inspection.doc.fix", i.fix()));
                    indented(
                            doc,
                            t.format(
                                    "inspection.doc.deadline",
                                    i.deadline().toString(),
                                    i.severity().text(locale)));
                    if (i.map() != null) picture(doc, i.map(), i.key());
                }
            }
            if (none && n.sections().stream().allMatch(s -> s.items().isEmpty()))
                indented(doc, t.get("inspection.doc.clean"));
            indented(doc, t.get("inspection.doc.closing"));
            indented(
                    doc,
                    t.format(
                            "inspection.doc.publication",
                            n.publicationDeadline().toString(),
                            n.publicationDays()));
            if (n.calendarUnverified()) indented(doc, t.get("inspection.doc.calendarUnverified"));
            for (Section s : n.sections()) signature(doc, t, s.department().text(locale));
            doc.write(out);
            return out.toByteArray();
        }
    }

    static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_W));
        size.setH(BigInteger.valueOf(A4_H));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(twips(37)));
        m.setBottom(BigInteger.valueOf(twips(35)));
        m.setLeft(BigInteger.valueOf(twips(28)));
        m.setRight(BigInteger.valueOf(twips(26)));
    }

    /** Millimetres in twentieths of a point. */
    static long twips(double mm) {
        return Math.round(mm * 1440 / 25.4);
    }

    static XWPFRun run(XWPFParagraph p, String text, String font, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(size);
        r.setBold(bold);
        return r;
    }

    private static void body(XWPFDocument doc, String text, boolean bold) {
        run(doc.createParagraph(), text, BODY_FONT, BODY_PT, bold);
    }

    private static void indented(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(640); // two characters of 16 pt
        run(p, text, BODY_FONT, BODY_PT, false);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(640);
        p.setSpacingBefore(120);
        run(p, text, HEADING_FONT, BODY_PT, false);
    }

    private static void evidence(XWPFDocument doc, Texts t, List<String[]> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, 3);
        table.setWidth("100%");
        String[] header = {
            t.get("inspection.doc.col.what"), t.get("inspection.doc.col.value"), t.get("inspection.doc.col.cell")
        };
        fill(table.getRow(0), header, true);
        for (int i = 0; i < rows.size(); i++) fill(table.getRow(i + 1), rows.get(i), false);
    }

    private static void fill(XWPFTableRow row, String[] values, boolean bold) {
        for (int c = 0; c < 3; c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            run(p, c < values.length && values[c] != null ? values[c] : "", BODY_FONT, TABLE_PT, bold);
        }
    }

    private static void picture(XWPFDocument doc, byte[] png, String name) throws IOException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        try {
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
            double widthMm = 150;
            double heightMm = img == null ? 100 : widthMm * img.getHeight() / img.getWidth();
            p.createRun()
                    .addPicture(
                            new ByteArrayInputStream(png),
                            PictureType.PNG,
                            name + ".png",
                            Units.toEMU(widthMm / 25.4 * 72),
                            Units.toEMU(heightMm / 25.4 * 72));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static void signature(XWPFDocument doc, Texts t, String department) {
        XWPFParagraph gap = doc.createParagraph();
        gap.setSpacingBefore(240);
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        run(p, t.format("inspection.doc.sign", department), BODY_FONT, BODY_PT, false);
        XWPFParagraph q = doc.createParagraph();
        q.setAlignment(ParagraphAlignment.RIGHT);
        run(q, t.get("inspection.doc.signDate"), BODY_FONT, BODY_PT, false);
    }

    private static final String[] CN = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    static String chineseNumber(int n, Locale locale) {
        if (!Texts.chinese(locale)) return n + ". ";
        return (n <= 10 ? CN[n - 1] : String.valueOf(n)) + "、";
    }
}
