package id.jht.portal.it.pages;

import id.jht.portal.it.support.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The claim locks a participant sees on the identity step, with their remedies. */
public class ClaimLocksPanel {

  private final WebDriver driver;

  public ClaimLocksPanel(WebDriver driver) {
    this.driver = driver;
  }

  public boolean isShown() {
    return !driver.findElements(By.cssSelector(".claim-lock")).isEmpty();
  }

  /** Each lock's text: message, channel, branch, booking code, times and remedy. */
  public List<String> locks() {
    return driver.findElements(By.cssSelector(".claim-lock")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The remedy names of the locks (RESUME_OR_CANCEL, KEEP_APPOINTMENT, CONTACT_CHANNEL). */
  public List<String> remedies() {
    return driver.findElements(By.cssSelector(".claim-lock")).stream()
        .map(lock -> lock.getAttribute("data-remedy"))
        .toList();
  }

  public boolean offersResume() {
    return !driver.findElements(By.cssSelector(".claim-locks [id$=':resume']")).isEmpty();
  }

  public void resume() {
    Browser.clickAndWaitForPage(
        driver, driver.findElement(By.cssSelector(".claim-locks [id$=':resume']")));
  }

  /** Opens "cancel this claim" and confirms it. */
  public void cancel() {
    driver.findElement(By.cssSelector(".claim-locks .lock-cancel-open")).click();
    Browser.clickAndWaitForPage(
        driver, driver.findElement(By.cssSelector(".claim-locks [id$=':cancel']")));
  }
}
