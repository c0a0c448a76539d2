package org.minecheck.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minecheck.engine.CheckResult;
import org.minecheck.finding.Finding;
import org.minecheck.i18n.Texts;
import org.minecheck.testing.TestRules;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Every boundary finding of the demo county gets a map a person can read: the shapes, the figure, a real image. */
class BoundaryMapsTest {
    private static CheckResult demo;

    @BeforeAll
    static void check() {
        demo = TestRules.runner().check(List.of(Path.of("test-data/demo-region.xlsx")), LocalDate.of(2025, 12, 31));
    }

    private static List<BoundaryMap> maps(Texts t) {
        return BoundaryMaps.of(TestRules.book()).draw(demo, t);
    }

    @Test
    void everyBoundaryFindingOfTheDemoHasOneMapWithADistinctSafeFileName() {
        List<Finding> boundary = demo.findings().stream()
                .filter(f -> f.ruleId().startsWith("BND-"))
                .toList();
        assertThat(boundary).extracting(Finding::ruleId).contains("BND-001", "BND-002", "BND-003", "BND-004");

        List<BoundaryMap> maps = maps(Texts.of(Texts.CHINESE));

        assertThat(maps).extracting(BoundaryMap::finding).containsExactlyElementsOf(boundary);
        assertThat(maps)
                .extracting(BoundaryMap::fileStem)
                .doesNotHaveDuplicates()
                .allMatch(s -> s.matches("[A-Za-z0-9_+\\-][A-Za-z0-9._+\\-]*"));
    }

    @Test
    void theSvgIsXmlWithTheLicenceSiteZoneAndTheMeasuredFigure() throws Exception {
        Map<String, Document> byKey = new HashMap<>();
        for (BoundaryMap m : maps(Texts.of(Texts.ENGLISH))) {
            byKey.put(m.finding().key().toString(), parse(m.svg()));
        }
        Document outside = byKey.get("BND-001/site/M29-S1/area+M29-S1");
        assertThat(classes(outside)).contains("licence", "site", "outside");
        assertThat(texts(outside, "figure")).contains("Outside: 21,841.7 m²");
        assertThat(texts(outside, "corner")).isNotEmpty();

        Document point = byKey.get("BND-001/site/M32-S2/point");
        assertThat(classes(point)).contains("licence", "site", "distance");
        assertThat(texts(point, "figure")).anyMatch(s -> s.startsWith("Outside by 163"));

        Document siteInZone = byKey.get("BND-003/site/M39-S1/Z02");
        assertThat(classes(siteInZone)).contains("licence", "site", "zone", "overlap");
        assertThat(texts(siteInZone, "figure")).contains("Overlap: 113,489.1 m²");

        Document licenceInReserve = byKey.get("BND-003/licence/C1400002010031103077482/Z01");
        assertThat(classes(licenceInReserve)).contains("licence", "zone", "overlap");

        Document below = byKey.get("BND-002/site/M29-S3/2");
        assertThat(classes(below)).contains("block", "site");
        assertThat(texts(below, "figure")).contains("Below the licensed bottom by 22 m");

        Document crossed = byKey.get("BND-004/licence/C1400002016061102894972");
        assertThat(classes(crossed)).contains("outline", "crossing");
    }

    @Test
    void thePngOpensAndShowsTheShapesInTheirColours() throws IOException {
        for (BoundaryMap m : maps(Texts.of(Texts.CHINESE))) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(m.png()));
            assertThat(image).as(m.fileStem()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(m.width());
            Map<Integer, Integer> colours = new HashMap<>();
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2)
                    colours.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
            long white = colours.getOrDefault(0xffffff, 0);
            long all = colours.values().stream().mapToLong(Integer::longValue).sum();
            assertThat(white).as(m.fileStem() + ": not blank").isLessThan(all * 9 / 10);
            assertThat(colours.size()).as(m.fileStem() + ": many colours").isGreaterThan(20);
        }
    }

    @Test
    void fileStemsNeverNameAPathAndKeepDifferentKeysApart() {
        assertThat(BoundaryMaps.fileStem("BND-001/site/M29-S1/area+M29-S1"))
                .isEqualTo("BND-001_site_M29-S1_area+M29-S1");
        String up = BoundaryMaps.fileStem("BND-001/site/../../etc/passwd");
        assertThat(up).doesNotContain("/").doesNotStartWith(".");
        assertThat(BoundaryMaps.fileStem("BND-001/site/采场一"))
                .isNotEqualTo(BoundaryMaps.fileStem("BND-001/site/采场二"))
                .matches("[A-Za-z0-9._+\\-]+");
        assertThat(BoundaryMaps.fileStem("..")).doesNotStartWith(".");
        assertThat(BoundaryMaps.fileStem("x".repeat(300))).hasSizeLessThan(100);
    }

    /** Writes the demo's maps under target/ for a person to look at. */
    @Test
    void writesTheDemoMapsForLooking() throws IOException {
        Path dir = Files.createDirectories(Path.of("target/maps"));
        for (BoundaryMap m : maps(Texts.of(Texts.CHINESE))) {
            Files.writeString(dir.resolve(m.fileStem() + ".svg"), m.svg());
            Files.write(dir.resolve(m.fileStem() + ".png"), m.png());
        }
        assertThat(dir.resolve("BND-001_site_M29-S1_area+M29-S1.png")).exists();
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> classes(Document d) {
        List<String> out = new java.util.ArrayList<>();
        for (String tag : List.of("path", "circle", "line")) {
            NodeList n = d.getElementsByTagName(tag);
            for (int i = 0; i < n.getLength(); i++) out.add(((Element) n.item(i)).getAttribute("class"));
        }
        return out;
    }

    private static List<String> texts(Document d, String cls) {
        List<String> out = new java.util.ArrayList<>();
        NodeList n = d.getElementsByTagName("text");
        for (int i = 0; i < n.getLength(); i++) {
            Element e = (Element) n.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) out.add(e.getTextContent());
        }
        return out;
    }
}
