package org.minecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.model.Licence;
import org.minecheck.testing.Facts;
import org.minecheck.testing.TestRules;
import org.minecheck.testing.TestWorkbook;

/**
 * Real licences state their scale in 万吨/年 and name minerals as the catalogue's kinds and collective names: such a
 * workbook is read, with the scale in tonnes per year.
 */
class LicenceUnitsAndNamesTest {
    @TempDir
    Path dir;

    private IngestResult read(TestWorkbook b) throws IOException {
        return new WorkbookReader(TestRules.book().minerals()).read(List.of(b.write(dir.resolve("licences.xlsx"))));
    }

    /** A quarry M1 and its licence C1, with the scale header and cell and the minerals given. */
    private static TestWorkbook quarry(String scaleHeader, Object scale, String mineMineral, String licensed) {
        TestWorkbook b = TestWorkbook.create();
        b.sheet("企业", "企业编号", "企业名称", "所在区县代码").row("E1", "甲石料有限公司", "140100");
        b.sheet("矿山", "矿山编号", "矿山名称", "实际经营企业编号", "所在区县代码", "开采矿种", "开采方式", "生产状态", "矿山规模")
                .row("M1", "甲石料场", "E1", "140100", mineMineral, "露天开采", "生产", "小型");
        b.sheet("证照", "证号", "证照类型", "矿山编号", "持证企业编号", "许可矿种", "有效期起", "有效期止", "证照状态", scaleHeader)
                .row("C1", "采矿许可证", "M1", "E1", licensed, Facts.FROM, Facts.UNTIL, "有效", scale);
        return b;
    }

    private static Licence c1(IngestResult r) {
        return r.dataset().licences.stream()
                .filter(l -> l.number().equals("C1"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aScaleHeaderIn10000TonnesAYearIsReadAsTonnes() throws IOException {
        IngestResult r = read(quarry("生产规模（万吨/年）", 60, "建筑石料用灰岩", "建筑用石料（灰岩）"));

        assertThat(r.problems()).isEmpty();
        assertThat(c1(r).capacity()).isEqualByComparingTo("600000");
    }

    @Test
    void aCellThatStatesItsUnitWinsOverTheHeader() throws IOException {
        assertThat(c1(read(quarry("生产规模", "90万吨/年", "石灰岩", "石灰岩"))).capacity()).isEqualByComparingTo("900000");
        assertThat(c1(read(quarry("生产规模（万吨/年）", "900000吨/年", "石灰岩", "石灰岩"))).capacity())
                .isEqualByComparingTo("900000");
    }

    @Test
    void aPlainScaleUnderAPlainHeaderStaysInTonnes() throws IOException {
        assertThat(c1(read(quarry("生产规模", 600000, "石灰岩", "石灰岩"))).capacity())
                .isEqualByComparingTo(new BigDecimal("600000"));
    }

    @Test
    void mineralsAreReadAsLicencesWriteThem() throws IOException {
        IngestResult r = read(quarry("生产规模", 180000, "建筑石料用石灰岩矿", "锌矿、铅矿"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.dataset().mines.get(0).mineral()).isEqualTo("limestone-building");
        assertThat(c1(r).minerals()).containsExactly("zinc", "lead");
    }

    @Test
    void anUnknownMineralIsRefusedNamingTheCatalogueNotListingIt() throws IOException {
        IngestResult r = read(quarry("生产规模", 1000, "不存在的矿", "石灰岩"));

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("ingest.unknownMineral");
            assertThat(p.args()).singleElement().satisfies(a -> assertThat((Integer) a)
                    .isGreaterThan(250));
        });
    }

    @Test
    void aVolumeScaleIsNotTakenForTonnes() throws IOException {
        IngestResult r = read(quarry("生产规模", "110万立方米/年", "饰面用花岗岩", "饰面用花岗岩"));

        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.key())
                .isEqualTo("ingest.expectedNumber"));
    }
}
