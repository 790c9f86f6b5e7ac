package id.jht.portal.it.pages;

import id.jht.portal.it.support.Browser;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The participant's status page: the lookup form, then the opened booking. */
public class BookingStatusPage {

  private final WebDriver driver;

  private BookingStatusPage(WebDriver driver) {
    this.driver = driver;
  }

  public static BookingStatusPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "booking/status.xhtml");
    Browser.waitForFaces(driver);
    return new BookingStatusPage(driver);
  }

  /** Fills and sends the lookup form. */
  public BookingStatusPage lookUp(String bookingCode, String nikOrKpj, LocalDate birthDate) {
    type("lookup:bookingCode", bookingCode);
    type("lookup:identity", nikOrKpj);
    type("lookup:birthDate", Browser.typed(birthDate));
    submitAndWait(driver.findElement(By.id("lookup:open")));
    return this;
  }

  public boolean isLookupForm() {
    return !driver.findElements(By.id("lookup:open")).isEmpty();
  }

  public boolean isBookingShown() {
    return !driver.findElements(By.id("ticket-number")).isEmpty();
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  public String errors() {
    List<WebElement> summary = driver.findElements(By.cssSelector(".error-summary"));
    return summary.isEmpty() ? "" : summary.get(0).getText();
  }

  public String notices() {
    List<WebElement> notices = driver.findElements(By.cssSelector(".notice.success"));
    return notices.isEmpty() ? "" : notices.get(0).getText();
  }

  public String fieldError(String form, String field) {
    List<WebElement> errors = driver.findElements(By.id(form + ":" + field + "-error"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }

  public String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  public boolean has(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public String claimStatus() {
    return driver.findElement(By.id("claim-status")).getAttribute("data-status");
  }

  /** The timeline's stages in order, each as TYPE or TYPE? for the ones still to come. */
  public List<String> timeline() {
    return driver.findElements(By.cssSelector("#timeline li")).stream()
        .map(
            li ->
                li.getAttribute("data-stage")
                    + (li.getAttribute("class").contains("upcoming") ? "?" : ""))
        .toList();
  }

  public String timelineText() {
    return driver.findElement(By.id("timeline")).getText();
  }

  /** Picks the first offered day and a session, and sends the reschedule form. */
  public BookingStatusPage rescheduleToFirstDay(String sessionCode) {
    Select days = new Select(driver.findElement(By.id("reschedule:date")));
    days.selectByIndex(0);
    Browser.waitForFaces(driver);
    driver
        .findElement(
            By.cssSelector("input[name='reschedule:session'][value='" + sessionCode + "']"))
        .click();
    submitAndWait(driver.findElement(By.id("reschedule:submit")));
    return this;
  }

  public BookingStatusPage cancel(String reason) {
    type("cancel:reason", reason);
    submitAndWait(driver.findElement(By.id("cancel:submit")));
    return this;
  }

  /** Uploads a file into a requested document's slot and waits for the page's answer. */
  public BookingStatusPage reupload(String documentType, Path file) {
    WebElement section = driver.findElement(By.id("reupload-" + documentType));
    section
        .findElement(By.cssSelector("input[type='file']"))
        .sendKeys(file.toAbsolutePath().toString());
    Browser.waitFor(driver)
        .until(
            ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#notices .notice.success")),
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#notices .error-summary"))));
    Browser.waitForFaces(driver);
    return this;
  }

  public BookingStatusPage close() {
    submitAndWait(driver.findElement(By.id("done:close")));
    return this;
  }

  /**
   * Clicks a full-postback button and waits for the next page. While the old document is torn down,
   * Chromium sometimes answers a look at the old page with "node does not belong to the document"
   * instead of a stale-element error: both mean the old page is gone.
   */
  private void submitAndWait(WebElement button) {
    WebElement oldPage = driver.findElement(By.tagName("html"));
    button.click();
    Browser.waitFor(driver)
        .until(
            d -> {
              try {
                oldPage.isEnabled();
                return false;
              } catch (StaleElementReferenceException gone) {
                return true;
              } catch (WebDriverException tornDown) {
                return tornDown.getMessage() != null
                    && tornDown.getMessage().contains("does not belong to the document");
              }
            });
    Browser.waitForFaces(driver);
  }

  private void type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }
}
