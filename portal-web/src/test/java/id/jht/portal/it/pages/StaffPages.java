package id.jht.portal.it.pages;

import id.jht.portal.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Staff sign-in, the staff home page and sign-out. */
public class StaffPages {

  private final WebDriver driver;
  private final String baseUrl;

  public StaffPages(WebDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
  }

  /** Opens a protected page; the portal answers with the sign-in form. */
  public StaffPages openHome() {
    driver.get(baseUrl + "staff/home.xhtml");
    Browser.waitForFaces(driver);
    return this;
  }

  public boolean isSignInForm() {
    return !driver.findElements(By.id("sign-in")).isEmpty();
  }

  public StaffPages signIn(String username, String password) {
    driver.findElement(By.id("username")).clear();
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("sign-in")));
    return this;
  }

  public String welcome() {
    return driver.findElement(By.id("welcome")).getText();
  }

  public String pageText() {
    return driver.findElement(By.id("main")).getText();
  }

  public StaffPages signOut() {
    Browser.clickAndWaitForPage(driver, driver.findElement(By.id("staff-nav:sign-out")));
    return this;
  }

  public boolean showsSignedOut() {
    return !driver.findElements(By.id("signed-out")).isEmpty();
  }
}
