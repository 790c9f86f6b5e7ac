package id.jht.portal.it.pages;

import id.jht.portal.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The portal's home page. */
public class HomePage {

  private final WebDriver driver;

  public HomePage(WebDriver driver) {
    this.driver = driver;
  }

  public static HomePage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl);
    Browser.waitForFaces(driver);
    return new HomePage(driver);
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public String htmlLang() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  public HomePage switchToEnglish() {
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("lang-en")));
    return this;
  }

  public HomePage switchToIndonesian() {
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("lang-id")));
    return this;
  }

  public IdentityPage startClaim() {
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("start-claim")));
    return new IdentityPage(driver);
  }
}
