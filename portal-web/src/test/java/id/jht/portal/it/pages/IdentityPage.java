package id.jht.portal.it.pages;

import id.jht.portal.it.support.Browser;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Wizard step 1: identity. */
public class IdentityPage {

  private final WebDriver driver;

  public IdentityPage(WebDriver driver) {
    this.driver = driver;
  }

  public IdentityPage fill(String nik, String kpj, String fullName, LocalDate birthDate) {
    type("identity:nik", nik);
    type("identity:kpj", kpj);
    type("identity:fullName", fullName);
    type("identity:birthDate", Browser.typed(birthDate));
    return this;
  }

  public IdentityPage submit() {
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("identity:verify")));
    return this;
  }

  public String fieldError(String field) {
    List<WebElement> errors = driver.findElements(By.id("identity:" + field + "-error"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }

  public String errorSummary() {
    List<WebElement> summary = driver.findElements(By.id("identity:error-summary"));
    return summary.isEmpty() ? "" : summary.get(0).getText();
  }

  public String focusedElementId() {
    return driver.switchTo().activeElement().getAttribute("id");
  }

  public String notice() {
    List<WebElement> info = driver.findElements(By.id("identity:info-summary"));
    return info.isEmpty() ? "" : info.get(0).getText();
  }

  public String value(String field) {
    return driver.findElement(By.id("identity:" + field)).getAttribute("value");
  }

  private void type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }
}
