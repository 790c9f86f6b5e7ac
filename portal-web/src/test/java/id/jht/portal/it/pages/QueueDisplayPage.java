package id.jht.portal.it.pages;

import id.jht.portal.it.support.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The public queue display of a branch, on a screen in the office. */
public class QueueDisplayPage {

  private final WebDriver driver;

  private QueueDisplayPage(WebDriver driver) {
    this.driver = driver;
  }

  public static QueueDisplayPage open(WebDriver driver, String baseUrl, String branchCode) {
    driver.get(baseUrl + "display.xhtml?branch=" + branchCode);
    Browser.waitForFaces(driver);
    return new QueueDisplayPage(driver);
  }

  public String latestNumber() {
    return text("latest-number");
  }

  public String latestDesk() {
    return text("latest-desk");
  }

  /** The other desks' numbers, each as "number desk". */
  public List<String> others() {
    return driver.findElements(By.cssSelector("#others tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Waits until the display, which reloads itself every few seconds, shows the number. */
  public QueueDisplayPage waitUntilLatestIs(String ticketNumber) {
    Browser.waitFor(driver)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> ticketNumber.equals(latestNumber()));
    return this;
  }

  private String text(String id) {
    List<WebElement> found = driver.findElements(By.id(id));
    return found.isEmpty() ? "" : found.get(0).getText();
  }
}
