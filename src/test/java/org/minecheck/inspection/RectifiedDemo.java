package org.minecheck.inspection;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minecheck.ingest.DatasetWriter;
import org.minecheck.ingest.WorkbookReader;
import org.minecheck.model.Approval;
import org.minecheck.model.ApprovalKind;
import org.minecheck.model.Dataset;
import org.minecheck.testing.TestRules;

/**
 * The demo county a few weeks after the inspection: 鑫达砂石料场 (E03, mine M03) has filed an approved soil-and-water
 * conservation plan (clears ENV-004) and nothing else; test-data/demo-region-rectified.xlsx is this workbook.
 */
public final class RectifiedDemo {
    private RectifiedDemo() {}

    public static byte[] workbook() throws Exception {
        var read = new WorkbookReader(TestRules.book().minerals()).read(List.of(Path.of("test-data/demo-region.xlsx")));
        if (!read.ok()) throw new IllegalStateException(read.problems().toString());
        Dataset d = read.dataset();
        List<Approval> added = new ArrayList<>();
        for (Approval a : d.approvals) {
            if (a.kind() == ApprovalKind.SOIL_WATER_PLAN && a.mineId().equals("M01")) {
                added.add(new Approval(
                        "M03",
                        a.kind(),
                        "平水保〔2026〕3号",
                        java.time.LocalDate.of(2026, 2, 10),
                        a.validUntil(),
                        a.eiaForm(),
                        a.approvedCapacity(),
                        a.planCost(),
                        a.planReserves(),
                        a.planArea(),
                        a.planMethod(),
                        null));
            }
        }
        if (added.isEmpty()) throw new IllegalStateException("M01 has no soil-and-water plan to copy");
        d.approvals.addAll(added);
        var out = new ByteArrayOutputStream();
        DatasetWriter.write(d, TestRules.book().minerals(), true, out);
        return out.toByteArray();
    }

    /** Writes test-data/demo-region-rectified.xlsx (run by hand after the demo workbook changes). */
    public static void main(String[] args) throws Exception {
        java.nio.file.Files.write(Path.of("test-data/demo-region-rectified.xlsx"), workbook());
    }
}
