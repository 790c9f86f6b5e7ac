package id.jht.portal.it.pages;

import id.jht.portal.it.support.Browser;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** "Release my pending claim": data, then the one-time code. */
public class ReleasePage {

  private final WebDriver driver;

  public ReleasePage(WebDriver driver) {
    this.driver = driver;
  }

  /** Follows the link on the home page, as a participant would. */
  public static ReleasePage fromHome(WebDriver driver, String baseUrl) {
    HomePage.open(driver, baseUrl);
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("release-pending")));
    return new ReleasePage(driver);
  }

  public ReleasePage fill(String nik, String kpj, String birthDate) {
    type("release:nik", nik);
    type("release:kpj", kpj);
    type("release:birthDate", birthDate);
    return this;
  }

  public ReleasePage fill(String nik, String kpj, LocalDate birthDate) {
    return fill(nik, kpj, Browser.typed(birthDate));
  }

  public ReleasePage requestCode() {
    return click("release:request-code");
  }

  public ReleasePage requestNewCode() {
    return click("release:new-code");
  }

  public ReleasePage changeData() {
    return click("release:change-data");
  }

  public ReleasePage release(String code) {
    type("release:code", code);
    return click("release:release-claim");
  }

  public boolean asksForCode() {
    return !driver.findElements(By.id("release:code")).isEmpty();
  }

  public boolean isReleased() {
    return !driver.findElements(By.id("release:released")).isEmpty();
  }

  public String heading() {
    return driver.findElement(By.id("release-heading")).getText();
  }

  public String notice() {
    return text("release:info-summary");
  }

  public String errorSummary() {
    return text("release:error-summary");
  }

  public String fieldError(String field) {
    return text("release:" + field + "-error");
  }

  public String typedData() {
    return text("typed-data");
  }

  public String htmlLang() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  private ReleasePage click(String id) {
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id(id)));
    return this;
  }

  private void type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private String text(String id) {
    List<WebElement> found = driver.findElements(By.id(id));
    return found.isEmpty() ? "" : found.get(0).getText();
  }
}
