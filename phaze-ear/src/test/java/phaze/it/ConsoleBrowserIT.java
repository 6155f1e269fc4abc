package phaze.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static phaze.it.PhazeSystem.*;

/** An operator at the console in headless Chromium: log in, start a scan, see the files. */
class ConsoleBrowserIT extends PhazeSystemTest {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() throws Exception {
        ensureAgentRunning();
        browser = Browser.open();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // PrimeFaces replaces table rows on every ajax update: a row read mid-update is simply read again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void wrongPasswordIsRefusedOnTheLoginPage() throws Exception {
        browser.get(BASE + "/files.xhtml");
        logIn("admin", "wrong-password");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        Browser.screenshot(browser, "login-refused");
        assertTrue(browser.findElements(By.id("files-form:files")).isEmpty(), "the console stays closed");
    }

    @Test
    void operatorLogsInStartsAScanAndSeesTheLibrary() throws Exception {
        browser.get(BASE + "/");
        logIn("admin", PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("files-form:files")));
        assertEquals("admin", browser.findElement(By.id("user")).getText());

        browser.findElement(By.id("nav-scans")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("scan-form:start-scan")));
        String rootShown = browser.findElement(By.id("scan-form:root_label")).getText();
        assertEquals(LIBRARY.toString(), rootShown, "the agent's first root is preselected");
        browser.findElement(By.id("scan-form:subpath")).sendKeys("incoming");
        browser.findElement(By.id("scan-form:start-scan")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages_container"), "started"));
        // The table polls every 2 s: the newest scan (first row) turns completed.
        wait.until(d -> firstScanStatus().equals("completed"));
        Browser.screenshot(browser, "scans");

        browser.findElement(By.id("nav-files")).click();
        WebElement filter = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#files-form\\:files input[id$='filter']")));
        filter.sendKeys("ultra2019");
        List<String> paths = wait.until(d -> {
            List<String> shown = paths();
            return shown.size() == 3 ? shown : null;
        });
        assertTrue(paths.stream().allMatch(p -> p.contains("dj_xyz__ultra2019_mainstage-WEB-2019-talion.")), paths.toString());
        assertTrue(paths.stream().anyMatch(p -> p.endsWith(".cue")), "companions are listed: " + paths);
        Browser.screenshot(browser, "files");

        // Analysis of the scanned files, so the file page has every section to draw.
        post("/api/v1/pipeline/stages/analyze/trigger", "");
        await("analysis", Duration.ofSeconds(120), () -> get("/api/v1/pipeline/stats").json()
                .getJsonObject("analyze").getJsonNumber("inFlight").longValue() == 0);
        String mp3 = paths.stream().filter(p -> p.endsWith(".mp3")).findFirst().orElseThrow();
        browser.findElement(By.linkText(mp3)).click();
        wait.until(ExpectedConditions.textToBe(By.id("file-path"), mp3));
        assertEquals(3, browser.findElements(By.cssSelector("#stages-form\\:stages .stage-status")).size(),
                "tags, analyze and fingerprint are listed for the file");
        assertTrue(browser.findElement(By.id("bpm")).getText().contains("confidence"), "the analysis is shown");
        assertFalse(browser.findElement(By.id("key")).getText().isBlank());
        Browser.screenshot(browser, "file");
    }

    @Test
    void thePipelinePageDrawsTheStageGraphAndItsControlsWork() throws Exception {
        browser.get(BASE + "/pipeline.xhtml");
        logIn("admin", PASSWORD);
        WebElement tags = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("node-tags")));
        assertEquals(7, browser.findElements(By.cssSelector(".dag-node")).size(), "every stage is drawn");
        assertEquals(7, browser.findElements(By.cssSelector(".dag-edges path.edge")).size(), "every dependency is drawn");

        tags.findElement(By.cssSelector(".pause")).click();
        wait.until(d -> d.findElement(By.id("node-tags")).getAttribute("class").contains("paused"));
        assertTrue(get("/api/v1/pipeline/stats").json().getJsonObject("tags").getBoolean("paused"), "the pause is durable");
        browser.findElement(By.cssSelector("#node-tags .pause")).click();
        wait.until(d -> !d.findElement(By.id("node-tags")).getAttribute("class").contains("paused"));

        String priority = browser.findElement(By.cssSelector("#node-tags .dag-priority")).getText();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#node-tags .raise"))).click();
        wait.until(d -> !d.findElement(By.cssSelector("#node-tags .dag-priority")).getText().equals(priority));
        assertEquals(Integer.parseInt(priority) - 10 < 0 ? 0 : Integer.parseInt(priority) - 10,
                Integer.parseInt(browser.findElement(By.cssSelector("#node-tags .dag-priority")).getText()));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#node-tags .lower"))).click();
        wait.until(d -> d.findElement(By.cssSelector("#node-tags .dag-priority")).getText().equals(priority));
        Browser.screenshot(browser, "pipeline");
    }

    private void logIn(String user, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    private String firstScanStatus() {
        List<WebElement> cells = browser.findElements(By.cssSelector("#scans-form\\:scans tbody tr:first-child .scan-status"));
        return cells.isEmpty() ? "" : cells.get(0).getText();
    }

    private List<String> paths() {
        return browser.findElements(By.cssSelector("#files-form\\:files .file-path")).stream().map(WebElement::getText).toList();
    }
}
