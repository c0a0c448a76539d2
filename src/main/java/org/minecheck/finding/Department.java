package org.minecheck.finding;

import java.util.Arrays;
import java.util.Locale;
import org.minecheck.i18n.Texts;

/** The department responsible for acting on a finding, as named in rule metadata. */
public enum Department {
    NATURAL_RESOURCES("natural-resources", "自然资源", "Natural resources"),
    ECOLOGY_ENVIRONMENT("ecology-environment", "生态环境", "Ecology and environment"),
    EMERGENCY_MANAGEMENT("emergency-management", "应急管理", "Emergency management"),
    FORESTRY_GRASSLAND("forestry-grassland", "林业和草原", "Forestry and grassland"),
    WATER_RESOURCES("water-resources", "水利", "Water resources"),
    FINANCE("finance", "财政", "Finance"),
    COUNTY_GOVERNMENT("county-government", "县级人民政府", "County government"),
    ISSUING_DEPARTMENT("issuing-department", "发证部门", "The issuing department"),
    DATA("data", "数据", "Data");

    private final String code;
    private final String zh;
    private final String en;

    Department(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    public String code() {
        return code;
    }

    public String text(Locale locale) {
        return Texts.chinese(locale) ? zh : en;
    }

    public static Department parse(String code) {
        return Arrays.stream(values())
                .filter(d -> d.code.equals(code.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown department: " + code));
    }
}
