package id.jht.portal.it.pages;

import id.jht.portal.it.support.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The officers' queue board. */
public class QueueBoardPage {

  private final WebDriver driver;

  private QueueBoardPage(WebDriver driver) {
    this.driver = driver;
  }

  /** Opens the board; {@code query} like {@code "?branch=JSL"} or empty for the own branch. */
  public static QueueBoardPage open(WebDriver driver, String baseUrl, String query) {
    driver.get(baseUrl + "staff/queue/board.xhtml" + query);
    Browser.waitForFaces(driver);
    return new QueueBoardPage(driver);
  }

  public boolean isBoard() {
    return !driver.findElements(By.id("board-heading")).isEmpty();
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public QueueBoardPage callNextAtDesk(String desk) {
    driver.findElement(By.id("board:desk")).clear();
    driver.findElement(By.id("board:desk")).sendKeys(desk);
    driver.findElement(By.id("board:call-next")).click();
    Browser.waitForFaces(driver);
    return this;
  }

  /** The text a screen reader reads as the desk field's description (its aria-describedby). */
  public String deskDescription() {
    String describedBy = driver.findElement(By.id("board:desk")).getAttribute("aria-describedby");
    return describedBy == null ? "" : driver.findElement(By.id(describedBy)).getText();
  }

  public String messages() {
    return driver.findElement(By.id("board:messages")).getText();
  }

  /** The ticket numbers in the table, in the order shown. */
  public List<String> ticketNumbers() {
    return driver.findElements(By.cssSelector("#board\\:tickets .ticket-number")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The status shown in the table row of a ticket. */
  public String statusOf(String ticketNumber) {
    for (WebElement row : driver.findElements(By.cssSelector("#board\\:tickets tbody tr"))) {
      if (row.getText().contains(ticketNumber)) {
        return row.findElement(By.cssSelector(".status")).getText();
      }
    }
    throw new IllegalStateException(ticketNumber + " is not in the table");
  }

  /** Filters the table by status (a TicketStatus name, or "" for all); the table reloads. */
  public QueueBoardPage filterStatus(String status) {
    new Select(driver.findElement(By.cssSelector("select[id$='status-filter']")))
        .selectByValue(status);
    Browser.waitForFaces(driver);
    return this;
  }

  public QueueBoardPage markNoShow(String ticketNumber) {
    for (WebElement row : driver.findElements(By.cssSelector("#board\\:tickets tbody tr"))) {
      if (row.getText().contains(ticketNumber)) {
        row.findElement(By.cssSelector("button[id$='no-show']")).click();
        Browser.waitForFaces(driver);
        return this;
      }
    }
    throw new IllegalStateException(ticketNumber + " is not in the table");
  }

  public String pageSource() {
    return driver.getPageSource();
  }
}
