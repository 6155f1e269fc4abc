package phaze.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static phaze.it.PhazeSystem.*;

/** A reviewer at the review table in headless Chromium, working with the keyboard only. */
class ReviewBrowserIT extends PhazeSystemTest {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() throws Exception {
        ensureAgentRunning();
        ProposalsIT.proposeForTheLibrary();
        browser = Browser.open();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void reviewerApprovesRejectsAndUndoesWithTheKeyboard() throws Exception {
        JsonObject atlas = ProposalsIT.pending(ProposalsIT.proposalFor("01 atlas.flac"));
        JsonObject cazenove = ProposalsIT.pending(ProposalsIT.proposalFor("02 - Bicep - Cazenove.ogg"));
        browser.get(BASE + "/proposals.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys("admin");
        browser.findElement(By.id("j_password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        WebElement text = wait.until(ExpectedConditions.elementToBeClickable(By.id("review-form:text")));
        text.sendKeys("Bicep - Isles");
        wait.until(d -> rows().size() == 2);
        assertTrue(rows().get(0).getText().contains("Atlas") || rows().get(1).getText().contains("Atlas"));
        Browser.screenshot(browser, "review");
        // the before → after highlights the parts that change
        assertFalse(browser.findElements(By.cssSelector("#review-form\\:proposals .seg-ADDED")).isEmpty());
        settle();

        // j moves to the second row (Cazenove: ids ascend with discovery), r rejects it
        key("j");
        wait.until(d -> currentRow().contains("Cazenove"));
        key("r");
        wait.until(d -> rows().size() == 1);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages_container"), "Rejected"));
        assertEquals("rejected", proposal(cazenove).getString("status"),
                () -> cazenove + " / audit: " + get("/api/v1/audit?size=5").body());

        // the remaining row is current; a approves it
        wait.until(d -> currentRow().contains("Atlas"));
        key("a");
        wait.until(d -> rows().isEmpty());
        assertEquals("approved", proposal(atlas).getString("status"));

        // under Approved, u takes the approval back
        browser.findElement(By.xpath("//div[@id='review-form:status']//*[contains(text(),'Approved')]")).click();
        wait.until(d -> rows().size() == 1 && currentRow().contains("Atlas"));
        key("u");
        wait.until(d -> rows().isEmpty());
        assertEquals("pending", proposal(atlas).getString("status"));

        // under Rejected, u again
        browser.findElement(By.xpath("//div[@id='review-form:status']//*[contains(text(),'Rejected')]")).click();
        wait.until(d -> rows().size() == 1 && currentRow().contains("Cazenove"));
        key("u");
        wait.until(d -> rows().isEmpty());
        assertEquals("pending", proposal(cazenove).getString("status"));

        // back to review: e opens the editor with the proposed folder; Escape closes it
        browser.findElement(By.xpath("//div[@id='review-form:status']//*[contains(text(),'Needs review')]")).click();
        wait.until(d -> rows().size() == 2);
        key("e");
        WebElement folder = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-form:edit-folder")));
        assertEquals(folderOf(proposal(atlas).getString("proposedPath")), folder.getAttribute("value"));
        Browser.screenshot(browser, "review-edit");
        folder.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("review-form:edit-folder")));

        // a row changed by someone else since it was drawn is refused, not overwritten
        JsonObject now = proposal(atlas);
        JsonObject approved = post("/api/v1/proposals/" + now.getJsonNumber("id") + "/approve",
                "{\"version\":" + now.getInt("version") + "}").json();
        post("/api/v1/proposals/" + now.getJsonNumber("id") + "/undo", "{\"version\":" + approved.getInt("version") + "}");
        settle();
        wait.until(d -> currentRow().contains("Atlas"));
        key("a");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages_container"), "changed since it was shown"));
        assertEquals("pending", proposal(atlas).getString("status"));
        Browser.screenshot(browser, "review-refused");
    }

    @Test
    void operatorRunsTheShownPlanWatchesItAndUndoesIt() throws Exception {
        JsonObject cazenove = ProposalsIT.pending(ProposalsIT.proposalFor("02 - Bicep - Cazenove.ogg"));
        JsonObject approved = post("/api/v1/proposals/" + cazenove.getJsonNumber("id") + "/approve",
                "{\"version\":" + cazenove.getInt("version") + "}").json();
        String original = cazenove.getString("currentPath");
        browser.get(BASE + "/execution.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys("admin");
        browser.findElement(By.id("j_password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        WebElement planTable = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("execution-form:plan-items")));
        assertTrue(planTable.getText().contains(approved.getString("proposedPath")), planTable.getText());
        Browser.screenshot(browser, "execution-plan");

        browser.findElement(By.id("execution-form:run")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages_container"), "started"));
        wait.until(d -> "completed".equals(text(By.id("batch-status"))));
        Browser.screenshot(browser, "execution-done");
        JsonObject file = get("/api/v1/files/" + cazenove.getJsonNumber("fileId")).json().getJsonObject("file");
        assertEquals(approved.getString("proposedPath"), file.getString("relativePath"));

        browser.findElement(By.xpath("//tbody[@id='execution-form:batches_data']/tr[1]//button[.//text()='Undo' or normalize-space(.)='Undo']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages_container"), "Undo batch"));
        wait.until(d -> "completed".equals(text(By.id("batch-status"))));
        assertEquals(original, get("/api/v1/files/" + cazenove.getJsonNumber("fileId")).json().getJsonObject("file")
                .getString("relativePath"), "back where it was");
        JsonObject reverted = get("/api/v1/proposals/" + cazenove.getJsonNumber("id")).json();
        assertEquals("reverted", reverted.getString("status"));
        post("/api/v1/proposals/" + cazenove.getJsonNumber("id") + "/regenerate", "{\"version\":" + reverted.getInt("version") + "}");
    }

    private String text(By by) {
        List<WebElement> found = browser.findElements(by);
        return found.isEmpty() ? "" : found.get(0).getText().strip();
    }

    /** Focus off any input (keys go to the page) and no Ajax request in flight. */
    private void settle() {
        browser.executeScript("if (document.activeElement) document.activeElement.blur();");
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript("return PrimeFaces.ajax.Queue.isEmpty();")));
    }

    private void key(String k) {
        settle();
        new Actions(browser).sendKeys(k).perform();
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#review-form\\:proposals_data > tr.review-row"));
    }

    private String currentRow() {
        List<WebElement> current = browser.findElements(By.cssSelector("#review-form\\:proposals_data > tr.review-current"));
        return current.isEmpty() ? "" : current.get(0).getText();
    }

    private static JsonObject proposal(JsonObject p) {
        return get("/api/v1/proposals/" + p.getJsonNumber("id")).json();
    }

    private static String folderOf(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }
}
