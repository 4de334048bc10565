package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: Debian's chromium, headless, through Debian's chromedriver (never one that
 * Selenium would download), against a real server. Opens a board's page, checks the matrix against the API,
 * clicks a RED cell and reads the rule and threshold in the explanation, and saves screenshots under
 * {@code target/}. Without chromium the test fails, saying how to install it: CI installs it (.ci/run).
 */
class DashboardBrowserIT {
    static final Path CHROMIUM = Path.of(System.getProperty("dashboard.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("dashboard.chromedriver", "/usr/bin/chromedriver"));
    static final String BOARD = "childrens-trust-board";
    static final String PERIOD = "2022/23";
    static final Set<String> CELL_LABELS = Set.of("GREEN", "AMBER", "RED", "HIGHER", "SIMILAR", "LOWER", "n/c", "no data",
            "GREEN 99.8%", "RED 99.8%");
    static final Duration WAIT = Duration.ofSeconds(20);

    /** Held so that it stays set: no DevTools binding is on the classpath, and none is needed for screenshots. */
    static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static TestServer server;
    static ChromeDriver browser;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM), "no chromium at " + CHROMIUM + ": the dashboard's browser test needs"
                + " Debian's chromium and chromium-driver; install them with `apt-get install -y chromium chromium-driver`"
                + " (.ci/run does), or point -Ddashboard.chromium at a Chromium binary");
        assertTrue(Files.isExecutable(CHROMEDRIVER), "no chromedriver at " + CHROMEDRIVER + ": install Debian's"
                + " chromium-driver (`apt-get install -y chromium-driver`; .ci/run does), or point -Ddashboard.chromedriver at one");
        // the driver given here is the one used: Selenium Manager is never asked to find or fetch one
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
        server = TestServer.start();
        profile = Files.createTempDirectory("wellbeing-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--user-data-dir=" + profile, "--window-size=1440,1600", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(WAIT);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) browser.quit();
        } finally {
            if (server != null) server.close();
            deleteQuietly(profile);
        }
    }

    @Test
    void the_board_page_shows_a_row_for_each_indicator_and_explains_a_red_cell() throws IOException {
        JsonNode matrix = server.get("/api/boards/" + BOARD + "/matrix?period=" + PERIOD).json();
        open(BOARD, PERIOD);

        // Then: one row per indicator of the board, in the API's order, each with a labelled cell per column
        List<String> expected = new ArrayList<>();
        matrix.path("rows").forEach(r -> expected.add(r.path("indicatorId").asText()));
        List<WebElement> rows = browser.findElements(By.cssSelector("#matrix tbody tr"));
        assertEquals(expected, rows.stream().map(r -> r.getAttribute("data-indicator")).toList());
        for (int i = 0; i < rows.size(); i++) {
            WebElement row = rows.get(i);
            JsonNode api = matrix.path("rows").get(i);
            assertEquals(api.path("name").asText(), row.findElement(By.cssSelector("th .name")).getText());
            List<WebElement> cells = row.findElements(By.cssSelector("td.rating"));
            assertEquals(4, cells.size(), api.path("indicatorId").asText());
            for (WebElement cell : cells) {
                String comparator = cell.getAttribute("data-comparator");
                String label = cell.findElement(By.cssSelector(".label")).getText();
                assertTrue(CELL_LABELS.contains(label), "a text label in every cell, not colour alone: '" + label + "'");
                assertEquals(api.path("cells").path(comparator).path("outcome").asText("NO_DATA"), cell.getAttribute("data-outcome"));
            }
            assertEquals(1, row.findElements(By.cssSelector("td.trend")).size());
        }
        assertTrue(browser.findElement(By.id("rule-set-version")).getAttribute("title")
                .equals(matrix.path("ruleSetVersion").asText()));
        assertEquals(matrix.path("evaluationId").asText(), browser.findElement(By.id("evaluation-id")).getText());

        // When: a RED cell whose explanation uses a threshold is clicked
        RedCell red = redCellWithThreshold(matrix);
        WebElement button = browser.findElement(By.cssSelector("tr[data-indicator='" + red.indicatorId()
                + "'] td[data-comparator='" + red.comparator() + "'] button"));
        assertEquals("RED", button.findElement(By.cssSelector(".label")).getText());
        button.click();

        // Then: the panel names the rule, where it is written, and the threshold in force
        WebElement panel = browser.findElement(By.id("explain-panel"));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("explain-body"), red.rule()));
        assertTrue(panel.isDisplayed());
        String explanation = browser.findElement(By.id("explain-body")).getText();
        assertTrue(explanation.contains(red.rule()), explanation);
        assertTrue(explanation.contains(red.ruleFile()), explanation);
        assertTrue(explanation.contains(red.threshold()), explanation);
        assertTrue(explanation.startsWith("RED"), explanation);
        assertEquals("polite", browser.findElement(By.id("explain-body")).getAttribute("aria-live"));
        assertEquals("true", button.getAttribute("aria-expanded"));

        Path shot = screenshot("target/dashboard-" + BOARD + ".png");
        assertTrue(Files.size(shot) > 10_000, "screenshot saved: " + shot);
        Path full = fullPageScreenshot("target/dashboard-" + BOARD + "-full.png");
        assertTrue(Files.size(full) > Files.size(shot) / 2, "full-page screenshot saved: " + full);

        // And: Escape closes the panel and gives the focus back to the cell
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.invisibilityOf(panel));
        assertEquals(button, browser.switchTo().activeElement());
    }

    @Test
    void cells_are_buttons_a_keyboard_can_reach_and_the_trend_opens_its_flag() {
        open(BOARD, PERIOD);

        WebElement trend = browser.findElement(By.cssSelector(
                "tr[data-indicator='communication-language-literacy-reception'] td.trend button"));
        assertTrue(trend.getText().contains("Worsening"), trend.getText());
        assertTrue(trend.getText().toLowerCase().contains("worsening flag: medium"), trend.getText());
        trend.sendKeys(Keys.ENTER);

        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("explain-body"), "Worsening flag"));
        String explanation = browser.findElement(By.id("explain-body")).getText();
        assertTrue(explanation.contains("trend/"), explanation);
        assertTrue(explanation.contains("trend.comparable.band"), explanation);
    }

    @Test
    void the_pickers_switch_board_and_period_and_the_page_keeps_the_choice_in_its_address() {
        open(BOARD, PERIOD);

        new Select(browser.findElement(By.id("board-select"))).selectByValue("all");
        waitLoaded("all", PERIOD);
        assertEquals(75, browser.findElements(By.cssSelector("#matrix tbody tr")).size());
        new Select(browser.findElement(By.id("period-select"))).selectByValue("2021/22");
        waitLoaded("all", "2021/22");

        assertTrue(browser.getCurrentUrl().endsWith("?board=all&period=2021%2F22"), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.cssSelector("td.rating[data-outcome='NO_DATA']")).isEmpty());
        String csv = browser.findElement(By.id("csv-link")).getAttribute("href");
        assertTrue(csv.endsWith("/api/boards/all/matrix.csv?period=2021%2F22"), csv);
        assertFalse(browser.findElements(By.cssSelector("#priorities .priority")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#not-measured li")).isEmpty());
    }

    @Test
    void the_board_has_a_trend_chart_per_indicator_and_a_fingertips_upload_gets_its_spine_chart() throws IOException {
        open(BOARD, PERIOD);
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeToBe(By.id("trend-charts"), "data-loaded",
                BOARD + " " + PERIOD));
        List<WebElement> trends = browser.findElements(By.cssSelector("#trend-charts figure.chart svg.trend-chart"));
        JsonNode charts = server.get("/api/boards/" + BOARD + "/charts?period=2022/23").json();
        assertEquals(charts.path("trends").size(), trends.size(), "a chart on the page for each the API gives");
        assertTrue(trends.size() > 10, "the board's indicators are charted: " + trends.size());
        WebElement first = trends.get(0);
        assertEquals("img", first.getAttribute("role"));
        String labelledBy = first.getAttribute("aria-labelledby");
        String desc = browser.findElement(By.id(labelledBy.split(" ")[1])).getAttribute("textContent");
        assertTrue(desc.startsWith("Luton, "), "the chart's description says its figures: " + desc);
        assertEquals(charts.path("trends").get(0).path("summary").asText(), desc);
        assertTrue(browser.findElement(By.id("paper-xlsx-link")).getAttribute("href")
                .endsWith("/api/boards/" + BOARD + "/paper?period=2022%2F23&format=xlsx"));
        assertTrue(browser.findElement(By.id("paper-pdf-link")).getAttribute("href").endsWith("&format=pdf"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", first);
        assertTrue(Files.size(screenshot("target/dashboard-trend-charts.png")) > 10_000);

        Path upload = Path.of("..", "shared", "fingertips", "eastofengland_cypmh_CountyUA.csv").toAbsolutePath().normalize();
        browser.findElement(By.id("fingertips-file")).sendKeys(upload.toString());
        browser.findElement(By.id("fingertips-button")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#spine-chart svg.spine-chart")));
        WebElement spine = browser.findElement(By.cssSelector("#spine-chart svg.spine-chart"));
        List<WebElement> lines = spine.findElements(By.cssSelector("g.spine-row"));
        assertFalse(lines.isEmpty(), "the spine chart has a line per indicator");
        for (WebElement line : lines) {
            String outcome = line.getAttribute("data-outcome");
            String words = line.getAttribute("textContent");
            assertTrue(outcome.isEmpty() || words.contains(outcome.equals("NOT_COMPARED") ? "n/c" : outcome),
                    "each line says its rating in words: " + words);
        }
        assertFalse(browser.findElements(By.cssSelector("#area-trend-charts svg.trend-chart")).isEmpty());
        Select area = new Select(browser.findElement(By.id("area-select")));
        assertTrue(area.getOptions().size() > 5, "every area of the file can be chosen");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", spine);
        assertTrue(Files.size(screenshot("target/dashboard-spine-chart.png")) > 10_000);
    }

    private static void open(String board, String period) {
        browser.get(server.base + "/?board=" + board + "&period=" + period);
        waitLoaded(board, period);
    }

    private static void waitLoaded(String board, String period) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded",
                board + " " + period));
    }

    /** A RED cell of the matrix, with its rule and a threshold its focused trace names. */
    record RedCell(String indicatorId, String comparator, String rule, String ruleFile, String threshold) {}

    private static RedCell redCellWithThreshold(JsonNode matrix) {
        String evaluation = matrix.path("evaluationId").asText();
        for (JsonNode row : matrix.path("rows")) {
            for (String comparator : List.of("england", "region", "neighbours", "goal")) {
                JsonNode cell = row.path("cells").path(comparator);
                if (!cell.path("outcome").asText().equals("RED")) continue;
                JsonNode trace = server.get("/api/evaluations/" + evaluation + "/trace?indicator="
                        + row.path("indicatorId").asText() + "&focus=" + comparator + "&period=" + PERIOD).json();
                if (trace.path("thresholds").size() > 0) {
                    return new RedCell(row.path("indicatorId").asText(), comparator, cell.path("rule").asText(),
                            cell.path("ruleFile").asText(), trace.path("thresholds").get(0).path("name").asText());
                }
            }
        }
        throw new AssertionError("no RED cell with a threshold in " + BOARD + " " + PERIOD);
    }

    private static Path screenshot(String file) throws IOException {
        Path target = Path.of(file);
        Files.createDirectories(target.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** The whole page, beyond the window, through the DevTools protocol chromedriver speaks. */
    private static Path fullPageScreenshot(String file) throws IOException {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        assertNotNull(size, metrics.toString());
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Path target = Path.of(file);
        Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
        return target;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is not a test failure
        }
    }
}
