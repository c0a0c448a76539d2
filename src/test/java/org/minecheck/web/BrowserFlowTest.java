package org.minecheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The enterprise's whole journey in a real browser (headless Chromium): sign in, download the template, upload the demo
 * county, watch the progress, read the findings, download the annotated workbook and open it with POI, upload a
 * corrected workbook and see fixed / still open / new, and — signed in as a second enterprise — fail to reach the
 * first one's run. Screenshots (Chinese pages, one on a phone-sized window) are kept in target/web-screenshots.
 */
class BrowserFlowTest {
    static final Path DEMO = Path.of("test-data/demo-region.xlsx");
    /** The corrected cell: the licence of mine M06 (Licences row 18, valid until) renewed to 2030. */
    static final String FIXED_KEY = "LIC-001/mine/M06";

    @TempDir
    Path dir;

    WebServer server;
    ChromeDriver browser;

    @BeforeEach
    void start() {
        server = WebServer.start(dir, Map.of());
        browser = Browser.open(1280, 1800);
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void anEnterpriseChecksCorrectsAndStaysPrivate() throws Exception {
        // sign in
        browser.get(server.url("/login"));
        Browser.screenshot(browser, "01-login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("矿山企业合规自查");
        signIn("qiye1", "qiye1-demo");
        assertThat(browser.getCurrentUrl()).isEqualTo(server.url("/"));

        // the template, downloaded with the browser's session
        HttpResponse<byte[]> template =
                download(browser.findElement(By.id("template")).getAttribute("href"));
        assertThat(template.statusCode()).isEqualTo(200);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(template.body()))) {
            assertThat(wb.getNumberOfSheets()).isGreaterThan(3);
        }

        // upload the demo county, watch the progress, read the findings
        String first = upload(DEMO);
        Browser.screenshot(browser, "02-progress");
        waitDone();
        assertThat(browser.findElement(By.id("finding-count")).getText()).isEqualTo("66");
        List<WebElement> findings = browser.findElements(By.cssSelector("#findings .finding"));
        assertThat(findings).hasSize(66);
        WebElement m06 = browser.findElement(By.cssSelector(".finding[data-key='" + FIXED_KEY + "']"));
        assertThat(m06.getText())
                .contains("LIC-001")
                .contains("证照 Licences!G18")
                .contains("整改建议");
        assertThat(browser.findElements(By.cssSelector("#findings .area")).size())
                .isGreaterThan(3);
        assertThat(browser.findElements(By.cssSelector(".finding figure.map svg")))
                .isNotEmpty(); // the boundary maps
        assertThat(browser.findElements(By.cssSelector("#progress-chart svg")))
                .hasSize(1); // the county's treatment progress
        Browser.screenshot(browser, "03-findings");

        // the annotated workbook, opened with POI
        HttpResponse<byte[]> annotated =
                download(browser.findElement(By.id("annotated-0")).getAttribute("href"));
        assertThat(annotated.statusCode()).isEqualTo(200);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(annotated.body()))) {
            Sheet list = wb.getSheetAt(0);
            assertThat(list.getSheetName()).isEqualTo("核查问题");
            Sheet licences = wb.getSheet("证照 Licences");
            Cell g18 = licences.getRow(17).getCell(6);
            assertThat(g18.getCellComment().getString().getString()).contains("[LIC-001]");
            assertThat(g18.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(g18.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.YELLOW.getIndex());
            boolean linked = false;
            for (var row : list) {
                Cell c = row.getCell(7);
                // the finding's row links to the first cell it names: the licence number, A18
                if (c != null
                        && c.getHyperlink() != null
                        && c.getHyperlink().getAddress().equals("'证照 Licences'!A18")) linked = true;
            }
            assertThat(linked)
                    .as("a link from the findings sheet to Licences!A18")
                    .isTrue();
        }
        // the Excel report and the JSON download too
        assertThat(download(browser.findElement(By.id("report-xlsx")).getAttribute("href"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(new String(
                        download(browser.findElement(By.id("report-json")).getAttribute("href"))
                                .body(),
                        java.nio.charset.StandardCharsets.UTF_8))
                .contains(FIXED_KEY);

        // the English page
        browser.findElement(By.id("lang-en")).click();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Done");
        browser.findElement(By.id("lang-zh")).click();

        // a corrected workbook: fixed / still open / new against the first upload
        Path corrected = dir.resolve("demo-region-corrected.xlsx");
        Files.write(corrected, renewM06(Files.readAllBytes(DEMO)));
        browser.get(server.url("/"));
        String second = upload(corrected);
        assertThat(second).isNotEqualTo(first);
        waitDone();
        int fixed = Integer.parseInt(browser.findElement(By.id("fixed-count")).getText());
        int open = Integer.parseInt(browser.findElement(By.id("open-count")).getText());
        int added = Integer.parseInt(browser.findElement(By.id("new-count")).getText());
        int now = Integer.parseInt(browser.findElement(By.id("finding-count")).getText());
        assertThat(browser.findElement(By.cssSelector("#fixed .finding[data-key='" + FIXED_KEY + "']"))
                        .isDisplayed())
                .isTrue();
        assertThat(fixed + open).isEqualTo(66);
        assertThat(open + added).isEqualTo(now);
        assertThat(browser.findElements(By.cssSelector("#findings .finding[data-state='open']")))
                .hasSize(open);
        Browser.screenshot(browser, "04-reupload");

        // on a phone-sized window
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.navigate().refresh();
        Browser.screenshot(browser, "05-phone");
        Long scroll = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(scroll).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0L);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1800));

        // a second enterprise cannot reach the first one's run
        browser.findElement(By.id("logout")).click();
        signIn("qiye2", "qiye2-demo");
        browser.get(server.url("/runs/" + first));
        assertThat(browser.findElement(By.id("error-status")).getText()).isEqualTo("404");
        assertThat(browser.getPageSource()).doesNotContain(FIXED_KEY);
        Browser.screenshot(browser, "06-other-enterprise");
        browser.get(server.url("/"));
        assertThat(browser.getPageSource()).doesNotContain(first).doesNotContain(second);
    }

    private void signIn(String user, String password) {
        browser.get(server.url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    /** Uploads one workbook with the check date 2025-12-31; returns the run id from the page it lands on. */
    private String upload(Path file) {
        browser.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
        ((JavascriptExecutor) browser).executeScript("document.getElementById('asOf').value = '2025-12-31';");
        browser.findElement(By.id("upload")).click();
        // the click returns when the browser has sent the form, not necessarily when the run's page has loaded
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(200))
                .until(d -> d.getCurrentUrl().contains("/runs/"));
        String url = browser.getCurrentUrl();
        assertThat(url).contains("/runs/");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private void waitDone() {
        new WebDriverWait(browser, Duration.ofSeconds(300), Duration.ofMillis(500)).until(d -> {
            String s = d.findElement(By.id("status")).getAttribute("data-status");
            if (s.equals("FAILED")) throw new AssertionError("the check failed: " + d.getPageSource());
            return s.equals("DONE");
        });
    }

    /** A GET with the browser's session cookie, as the browser's download would be. */
    private HttpResponse<byte[]> download(String url) throws Exception {
        String cookie = browser.manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", "JSESSIONID=" + cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The demo workbook with mine M06's licence (Licences!G18) valid until 2030-06-30. */
    static byte[] renewM06(byte[] demo) throws Exception {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(demo))) {
            Cell c = wb.getSheet("证照 Licences").getRow(17).getCell(6);
            if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c))
                c.setCellValue(LocalDate.of(2030, 6, 30));
            else c.setCellValue("2030-06-30");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
