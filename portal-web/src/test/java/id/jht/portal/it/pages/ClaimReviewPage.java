package id.jht.portal.it.pages;

import id.jht.portal.it.support.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The officers' claim verification page. */
public class ClaimReviewPage {

  private final WebDriver driver;

  private ClaimReviewPage(WebDriver driver) {
    this.driver = driver;
  }

  /** Opens the claim of a ticket by the ticket's id, as the queue board's link does. */
  public static ClaimReviewPage open(WebDriver driver, String baseUrl, long ticketId) {
    driver.get(baseUrl + "staff/claims/claim.xhtml?ticket=" + ticketId);
    Browser.waitForFaces(driver);
    return new ClaimReviewPage(driver);
  }

  public boolean isClaim() {
    return !driver.findElements(By.id("review-heading")).isEmpty();
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  /** The text of an element of the page by its id, e.g. "participant-name" or "claim-status". */
  public String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  /** The error or success messages of the last action. */
  public String messages() {
    return driver.findElements(By.cssSelector(".error-summary, .notice.success")).stream()
        .map(WebElement::getText)
        .reduce("", (a, b) -> a + " " + b)
        .trim();
  }

  /** The address the page shows a document from (the authorised handler). */
  public String documentUrl(String documentType) {
    return row(documentType).findElement(By.cssSelector("a.doc-open")).getAttribute("href");
  }

  /** Whether the browser loaded and decoded the image of a document shown inline. */
  public boolean imageShown(String documentType) {
    WebElement image = row(documentType).findElement(By.cssSelector("img.doc-image"));
    Browser.waitFor(driver)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript("return arguments[0].complete;", image)));
    Object width =
        ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth;", image);
    return width instanceof Number n && n.intValue() > 0;
  }

  public boolean pdfFrameShown(String documentType) {
    return !row(documentType).findElements(By.cssSelector("iframe.doc-pdf")).isEmpty();
  }

  public String reviewStatus(String documentType) {
    return row(documentType).findElement(By.cssSelector(".review-status")).getText();
  }

  /** Ticks a document ACCEPTED or REUPLOAD and types the reason (none when {@code null}). */
  public ClaimReviewPage check(String documentType, String verdict, String note) {
    WebElement row = row(documentType);
    row.findElement(By.cssSelector("input[type='radio'][value='" + verdict + "']")).click();
    WebElement noteField = row.findElement(By.cssSelector("textarea"));
    noteField.clear();
    if (note != null) {
      noteField.sendKeys(note);
    }
    return this;
  }

  public ClaimReviewPage rejectWith(String reason) {
    WebElement field = driver.findElement(By.id("review:reject-reason"));
    field.clear();
    field.sendKeys(reason);
    return click("reject");
  }

  /** Clicks a decision button: start, save-checklist, request-documents, approve, no-show, ... */
  public ClaimReviewPage click(String button) {
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("review:" + button)));
    return this;
  }

  public boolean hasButton(String button) {
    return !driver.findElements(By.id("review:" + button)).isEmpty();
  }

  /** The timeline's stages, oldest first. */
  public List<String> timeline() {
    return driver.findElements(By.cssSelector("#timeline .event")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  private WebElement row(String documentType) {
    return driver.findElement(
        By.cssSelector("article.doc-review[data-type='" + documentType + "']"));
  }
}
