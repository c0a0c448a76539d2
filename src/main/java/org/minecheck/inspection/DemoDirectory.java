package org.minecheck.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The demo county's inspector directory (test-data/demo-inspectors.xlsx): 18 invented officers of the six
 * departments of a joint team in 平鲁区 (140603) and its city (140600), one of a neighbouring county, two technical
 * staff without a law-enforcement certificate, five declared conflicts of each kind and three enterprises' risk
 * signals. Every name is invented.
 */
public final class DemoDirectory {
    private DemoDirectory() {}

    private static final String LAW = "law-enforcement";

    public static byte[] workbook() throws IOException {
        List<List<Object>> inspectors = new ArrayList<>();
        add(inspectors, "I01", "王建国", "自然资源", "140603", LAW, "mining-rights;surveying");
        add(inspectors, "I02", "李明华", "自然资源", "140603", LAW, "mining-rights;fund-audit");
        add(inspectors, "I03", "张卫东", "自然资源", "140603", LAW, "surveying;ecology-restoration");
        add(inspectors, "I04", "刘志强", "自然资源", "140600", LAW, "mining-rights;ecology-restoration");
        add(inspectors, "I05", "陈静", "自然资源", "140603", "", "surveying");
        add(inspectors, "I06", "杨帆", "自然资源", "140602", LAW, "mining-rights");
        add(inspectors, "I07", "赵丽娟", "生态环境", "140603", LAW, "environment");
        add(inspectors, "I08", "黄海涛", "生态环境", "140600", LAW, "environment;ecology-restoration");
        add(inspectors, "I09", "周晓燕", "生态环境", "140603", LAW, "environment");
        add(inspectors, "I10", "吴刚", "应急管理", "140603", LAW, "mine-safety");
        add(inspectors, "I11", "徐磊", "应急管理", "140600", LAW, "mine-safety");
        add(inspectors, "I12", "孙立新", "林业和草原", "140603", LAW, "ecology-restoration");
        add(inspectors, "I13", "马玉兰", "林业和草原", "140600", LAW, "ecology-restoration;surveying");
        add(inspectors, "I14", "朱永平", "水利", "140603", LAW, "soil-water;environment");
        add(inspectors, "I15", "胡春梅", "水利", "140600", LAW, "soil-water");
        add(inspectors, "I16", "郭红", "财政", "140603", LAW, "fund-audit");
        add(inspectors, "I17", "林晓东", "财政", "140600", LAW, "fund-audit");
        add(inspectors, "I18", "何俊", "财政", "140603", "", "fund-audit");
        List<List<Object>> conflicts = List.of(
                List.of("I03", "E05", "relative", "配偶在该企业任财务负责人"),
                List.of("I01", "E12", "former-employer", "2019 年前在该企业任技术员"),
                List.of("I07", "E01", "shareholding", "近亲属持股"),
                List.of("I02", "E20", "same-township", "与法定代表人同乡镇"),
                List.of("I10", "E33", "party-application", "企业申请回避"));
        List<List<Object>> risks = List.of(List.of("E05", "是", 2), List.of("E17", "否", 3), List.of("E26", "是", 0));
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DirectoryWorkbook.write(wb, DirectoryWorkbook.INSPECTORS, DirectoryWorkbook.INSPECTOR_COLUMNS, inspectors);
            DirectoryWorkbook.write(wb, DirectoryWorkbook.CONFLICTS, DirectoryWorkbook.CONFLICT_COLUMNS, conflicts);
            DirectoryWorkbook.write(wb, DirectoryWorkbook.RISKS, DirectoryWorkbook.RISK_COLUMNS, risks);
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(0)));
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void add(List<List<Object>> rows, Object... values) {
        rows.add(List.of(values));
    }
}
