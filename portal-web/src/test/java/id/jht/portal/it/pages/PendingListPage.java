package id.jht.portal.it.pages;

import id.jht.portal.it.support.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The officers' list of pending claims. */
public class PendingListPage {

  private final WebDriver driver;

  private PendingListPage(WebDriver driver) {
    this.driver = driver;
  }

  /** Opens the list; {@code query} like {@code "?cancel=12"} or empty. */
  public static PendingListPage open(WebDriver driver, String baseUrl, String query) {
    driver.get(baseUrl + "staff/pending/list.xhtml" + query);
    Browser.waitForFaces(driver);
    return new PendingListPage(driver);
  }

  public String heading() {
    return driver.findElement(By.id("pending-heading")).getText();
  }

  /**
   * Filters by status (a PendingClaimStatus name, "" for all), age in days ("" for any), branch.
   */
  public PendingListPage filter(String status, String minAgeDays, String branchOrNull) {
    new Select(driver.findElement(By.id("pending-list:status-filter"))).selectByValue(status);
    new Select(driver.findElement(By.id("pending-list:age-filter"))).selectByValue(minAgeDays);
    if (branchOrNull != null) {
      new Select(driver.findElement(By.id("pending-list:branch-filter")))
          .selectByValue(branchOrNull);
    }
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("pending-list:apply-filters")));
    return this;
  }

  public boolean hasBranchFilter() {
    return !driver.findElements(By.id("pending-list:branch-filter")).isEmpty();
  }

  /** The record numbers shown, newest first. */
  public List<Long> recordIds() {
    return driver.findElements(By.cssSelector("#pending-list\\:records .record-id")).stream()
        .map(e -> Long.valueOf(e.getText().trim()))
        .toList();
  }

  /** The text of a record's row. */
  public String row(long id) {
    return rowElement(id).getText();
  }

  public PendingListPage startCancel(long id) {
    Browser.clickAndWaitForPage(
        driver, rowElement(id).findElement(By.cssSelector("input[id$=':cancel']")));
    return this;
  }

  public boolean showsCancelForm() {
    return !driver.findElements(By.id("pending-list:cancel-form")).isEmpty();
  }

  public String cancelForm() {
    return driver.findElement(By.id("pending-list:cancel-form")).getText();
  }

  public PendingListPage confirmCancel(String reason) {
    WebElement field = driver.findElement(By.id("pending-list:reason"));
    field.clear();
    field.sendKeys(reason);
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("pending-list:confirm-cancel")));
    return this;
  }

  public String reasonError() {
    return text("pending-list:reason-error");
  }

  public String errorSummary() {
    return text("pending-list:error-summary");
  }

  public String notice() {
    return text("pending-list:info-summary");
  }

  public String mainText() {
    return driver.findElement(By.id("main")).getText();
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  private WebElement rowElement(long id) {
    for (WebElement row : driver.findElements(By.cssSelector("#pending-list\\:records tbody tr"))) {
      if (row.findElement(By.cssSelector(".record-id"))
          .getText()
          .trim()
          .equals(Long.toString(id))) {
        return row;
      }
    }
    throw new IllegalStateException("record " + id + " is not in the list");
  }

  private String text(String id) {
    List<WebElement> found = driver.findElements(By.id(id));
    return found.isEmpty() ? "" : found.get(0).getText();
  }
}
