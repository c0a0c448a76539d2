package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecheck.testing.Facts.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minecheck.model.Dataset;
import org.minecheck.model.MineralVocabulary;
import org.minecheck.testing.Fires;
import org.minecheck.testing.Quiet;
import org.minecheck.testing.TestRules;

/**
 * The national mineral catalogue (rules/params/minerals.csv): the 173 species, their kinds and the collective names
 * licences use, read as real licences and transfer notices write them, and LIC-004 comparing at the family level.
 */
class MineralCatalogueTest {
    private static final MineralVocabulary CATALOGUE = TestRules.book().minerals();
    private static final LocalDate CHECK = LocalDate.of(2025, 6, 30);

    /**
     * Mineral names as they appear on published mining licences, transfer and grant notices (开采矿种), with the family
     * each must be read into. Those marked "seen" were read in stored notices (the address is in the comment); the
     * others are kinds named verbatim in the 矿产资源分类细目 or in common use on licences.
     */
    private static final Map<String, String> AS_ON_LICENCES = Map.ofEntries(
            Map.entry("建筑石料用灰岩", "limestone"), // seen: ivfcd.com, xinfengxiang.cn grant notices
            Map.entry("建筑石料用石灰岩", "limestone"), // seen: ivfcd.com (大冶 保安金山矿区)
            Map.entry("建筑石料用石灰岩矿", "limestone"), // seen: ivfcd.com (梅家堍矿区)
            Map.entry("建筑用灰岩", "limestone"), // seen: gdtianyu.net (黄石 云头垴)
            Map.entry("水泥用灰岩", "limestone"), // seen: gdtianyu.net
            Map.entry("熔剂用灰岩", "limestone"), // seen: stone139.com (贺州)
            Map.entry("熔剂用石灰岩", "limestone"), // seen: ccement.com (崇阳 石山矿区)
            Map.entry("石灰岩", "limestone"),
            Map.entry("电石用灰岩", "limestone"),
            Map.entry("饰面用灰岩", "limestone"),
            Map.entry("建筑石料用白云岩", "dolomite"), // seen: gdtianyu.net
            Map.entry("建筑用白云岩", "dolomite"),
            Map.entry("冶金用白云岩", "dolomite"),
            Map.entry("建筑用石料（砂岩）", "building-stone"), // seen: haoguliao.com (兰溪 上芝园)
            Map.entry("建筑用石料（安山玢岩）", "building-stone"), // seen: ip585.com (兰溪 钱宅)
            Map.entry("普通建筑用石料", "building-stone"), // seen: haoguliao.com, ip585.com (notice titles)
            Map.entry("建筑用砂岩", "sandstone"), // seen: haoguliao.com
            Map.entry("建筑石料用砂岩", "sandstone"), // seen: stone139.com
            Map.entry("水泥配料用砂岩", "sandstone"),
            Map.entry("建筑用玄武岩", "basalt"), // seen: olympiacleaningservice.com (南陵 牛头山)
            Map.entry("建筑用流纹岩", "building-stone"), // seen: same notice
            Map.entry("花岗岩", "granite"), // seen: stone139.com
            Map.entry("饰面用花岗岩", "granite"), // seen: stone139.com
            Map.entry("建筑石料用花岗岩", "granite"), // seen: stone139.com
            Map.entry("建筑用花岗岩", "granite"),
            Map.entry("大理岩", "marble"), // seen: stone139.com (茅禾洞大理岩矿)
            Map.entry("饰面用大理岩", "marble"),
            Map.entry("建筑用砂", "quartz-sand"), // seen: stone139.com
            Map.entry("建筑用砂石", "sand-gravel"),
            Map.entry("砂石", "sand-gravel"),
            Map.entry("玻璃用石英岩", "quartzite"),
            Map.entry("冶金用石英岩", "quartzite"),
            Map.entry("砖瓦用页岩", "shale"),
            Map.entry("水泥配料用页岩", "shale"),
            Map.entry("砖瓦用粘土", "other-clay"),
            Map.entry("菱镁矿", "magnesite"), // seen: mcoc.com.cn (辽采协示字〔2025〕54号)
            Map.entry("萤石", "fluorite"),
            Map.entry("普通萤石", "fluorite"),
            Map.entry("煤", "coal"),
            Map.entry("原煤", "coal"),
            Map.entry("页岩气", "shale-gas"),
            Map.entry("天然气水合物", "gas-hydrate"),
            Map.entry("地热", "geothermal"),
            Map.entry("矿泉水", "mineral-water"),
            Map.entry("锌矿", "zinc"), // seen: qianlima.com (茂租铅锌矿: 锌矿、铅矿)
            Map.entry("铅矿", "lead"), // seen: same notice
            Map.entry("铅锌矿", "lead-zinc"),
            Map.entry("铜矿", "copper"), // seen: jiahuayixiao.com (上杭 探矿权: 铜矿、金矿)
            Map.entry("金矿", "gold"), // seen: same notice
            Map.entry("岩金", "gold"),
            Map.entry("铁矿", "iron"), // seen: cncmrn.com (甘肃 转让公示)
            Map.entry("钒钛磁铁矿", "iron"),
            Map.entry("钼矿", "molybdenum"),
            Map.entry("钨矿", "tungsten"),
            Map.entry("锑矿", "antimony"),
            Map.entry("铝土矿", "bauxite"),
            Map.entry("离子型稀土矿", "rare-earth"),
            Map.entry("离子吸附型稀土矿", "rare-earth"), // seen: chinaore.com (上杭 洋坡坑)
            Map.entry("硫铁矿", "pyrite"),
            Map.entry("磷矿", "phosphorus"),
            Map.entry("石墨", "graphite"),
            Map.entry("高岭土矿", "kaolin"), // seen: jiahuayixiao.com (东宫下高岭土矿)
            Map.entry("煤系高岭岩", "kaolin"),
            Map.entry("膨润土", "bentonite"),
            Map.entry("石膏", "gypsum"),
            Map.entry("硬石膏", "gypsum"),
            Map.entry("芒硝", "mirabilite"),
            Map.entry("岩盐", "rock-salt"),
            Map.entry("重晶石", "barite"),
            Map.entry("钾长石", "feldspar"),
            Map.entry("珍珠岩", "perlite"),
            Map.entry("辉长岩", "gabbro"));

    @Test
    void readsAtLeastFiftyNamesAsPublishedLicencesWriteThemIntoTheirFamilies() {
        List<String> wrong = new ArrayList<>();
        AS_ON_LICENCES.forEach((name, family) -> {
            var m = CATALOGUE.find(name);
            if (m.isEmpty()) wrong.add(name + ": unknown");
            else if (!m.get().family().equals(family))
                wrong.add(name + ": family " + m.get().family() + ", expected " + family);
        });

        assertThat(AS_ON_LICENCES).hasSizeGreaterThanOrEqualTo(50);
        assertThat(wrong).isEmpty();
    }

    @Test
    void holdsThe168SpeciesOfTheCatalogueAndTheFiveAddedSince() {
        var species =
                CATALOGUE.all().stream().filter(m -> m.type().equals("species")).toList();

        assertThat(species).hasSize(173);
        assertThat(species.stream().filter(m -> m.mineralClass().equals("energy")))
                .hasSize(13);
        assertThat(species.stream().filter(m -> m.mineralClass().equals("metal")))
                .hasSize(59);
        assertThat(species.stream().filter(m -> m.mineralClass().equals("non-metal")))
                .hasSize(95);
        assertThat(species.stream().filter(m -> m.mineralClass().equals("water-gas")))
                .hasSize(6);
    }

    @Test
    void aBuildingStoneLicenceCoversLimestoneSoldAsBuildingStoneButAFluoriteMineIsNotCoveredByALimestoneLicence() {
        assertThat(CATALOGUE.covers("building-stone", "limestone-building")).isTrue();
        assertThat(CATALOGUE.covers("building-stone", "granite-building")).isTrue();
        assertThat(CATALOGUE.covers("limestone", "limestone-building")).isTrue();
        assertThat(CATALOGUE.covers("limestone-cement", "limestone")).isTrue();
        assertThat(CATALOGUE.covers("limestone", "fluorite")).isFalse();
        assertThat(CATALOGUE.covers("coal", "kaolin")).isFalse();
        assertThat(CATALOGUE.covers("lead-zinc", "zinc")).isTrue();
        assertThat(CATALOGUE.covers("building-stone", "fluorite")).isFalse();
    }

    @Nested
    @DisplayName("LIC-004 at the family level")
    class Lic004 {
        /** A producing quarry M1 reporting the given mineral under a licence for the given minerals. */
        private Dataset quarry(String produced, String... licensed) {
            Dataset d = compliantMine();
            changeMine(d, "M1", m -> producing(m, produced));
            changeLicence(d, "C1", l -> covering(l, licensed));
            return d;
        }

        @Test
        @Quiet("LIC-004")
        void staysQuietForLimestoneSoldAsBuildingStoneUnderABuildingStoneLicence() {
            assertThat(TestRules.check(quarry("limestone-building", "building-stone"), CHECK, "LIC-004"))
                    .isEmpty();
        }

        @Test
        @Quiet("LIC-004")
        void staysQuietForAKindUnderALicenceForItsSpecies() {
            assertThat(TestRules.check(quarry("limestone-cement", "limestone"), CHECK, "LIC-004"))
                    .isEmpty();
        }

        @Test
        @Fires("LIC-004")
        void firesForFluoriteUnderALimestoneLicenceNamingTheFamily() {
            assertThat(TestRules.check(quarry("fluorite", "limestone"), CHECK, "LIC-004"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.evidenceValue("mineralFamily")).isEqualTo("fluorite"));
        }

        @Test
        @Quiet("LIC-004")
        void staysQuietForAnAssociatedMineralOfTheLicensedOne() {
            assertThat(TestRules.check(quarry("silver", "lead", "zinc"), CHECK, "LIC-004"))
                    .isEmpty();
        }

        @Test
        @Fires("LIC-004")
        void firesForAMineralThatIsNotAssociatedWithTheLicensedOne() {
            assertThat(TestRules.check(quarry("tungsten", "lead", "zinc"), CHECK, "LIC-004"))
                    .hasSize(1);
        }
    }
}
