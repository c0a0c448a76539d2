package org.minecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecheck.model.CornerPoint;
import org.minecheck.model.RowRef;
import org.minecheck.model.ShapeOwner;
import org.minecheck.model.SheetRef;
import org.minecheck.testing.TestRules;

/** What keeps a province's dataset small must not change a value or a cell a finding names. */
class SharedValuesTest {
    private final CellParser parser = new CellParser(TestRules.book().minerals());
    private final ColumnSpec cost =
            new ColumnSpec("planCost", "方案费用", "Plan cost", "元", ColumnType.DECIMAL, false, null, "", "");

    private Object parse(String text, ColumnSpec col) throws CellParser.ParseException {
        return parser.parse(new RawCell(0, RawCell.Kind.NUMBER, text), col);
    }

    @Test
    void equalLongNumbersOfAColumnAreOneInstanceWithTheScaleTheFileGave() throws Exception {
        Object a = parse("1234567.5", cost);
        Object b = parse("1234567.5", cost);
        Object c = parse("1234567.50", cost);

        assertThat(b).isSameAs(a);
        assertThat(c).isEqualTo(new BigDecimal("1234567.50")).isNotEqualTo(a);
    }

    @Test
    void aColumnOfUniqueAmountsKeepsEveryValue() throws Exception {
        for (int i = 0; i < CellParser.LONG_DECIMALS_PER_COLUMN + 10; i++) {
            assertThat(parse("10000" + i + ".25", cost)).isEqualTo(new BigDecimal("10000" + i + ".25"));
        }
        assertThat(parse("100001.25", cost)).isEqualTo(new BigDecimal("100001.25"));
    }

    @Test
    void aLicencesMineralsAreSharedByLicencesWithTheSameMinerals() throws Exception {
        var col = new ColumnSpec("minerals", "矿种", "Minerals", null, ColumnType.MINERAL_LIST, false, null, "", "");
        Object a = parser.parse(new RawCell(0, RawCell.Kind.STRING, "煤、铁"), col);
        Object b = parser.parse(new RawCell(0, RawCell.Kind.STRING, "煤、铁"), col);

        assertThat(b).isSameAs(a).isInstanceOf(List.class);
    }

    @Test
    void aFactKeepsTheSheetAndRowItWasReadFrom() {
        SheetRef sheet = new SheetRef("province.xlsx", "拐点坐标", Map.of("x", "E"));
        var read = new CornerPoint(ShapeOwner.SITE, "S1", 1, 1, 3.9e6, 3.8e7, new RowRef(sheet, 12));
        var built = new CornerPoint(ShapeOwner.SITE, "S1", 1, 1, 3.9e6, 3.8e7, null);

        assertThat(read.origin()).isEqualTo(new RowRef(sheet, 12));
        assertThat(read.cell("x").toString()).isEqualTo("拐点坐标!E12");
        assertThat(read).isEqualTo(new CornerPoint(ShapeOwner.SITE, "S1", 1, 1, 3.9e6, 3.8e7, new RowRef(sheet, 12)));
        assertThat(built.origin()).isNull();
        assertThat(built.cell("x")).isNull();
    }
}
