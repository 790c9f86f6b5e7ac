package id.jht.portal.it.pages;

import id.jht.portal.it.support.Browser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The administration pages under /admin (and the supervisors' unlock page). */
public class AdminPages {

  private final WebDriver driver;
  private final String baseUrl;

  public AdminPages(WebDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
  }

  public AdminPages open(String path) {
    driver.get(baseUrl + path);
    Browser.waitForFaces(driver);
    return this;
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public String mainText() {
    return driver.findElement(By.id("main")).getText();
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  public AdminPages type(String id, String value) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(value);
    return this;
  }

  public AdminPages choose(String id, String visibleText) {
    new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
    return this;
  }

  public AdminPages chooseValue(String id, String value) {
    new Select(driver.findElement(By.id(id))).selectByValue(value);
    return this;
  }

  /** Clicks an ajax button and waits for the answer to be rendered. */
  public AdminPages click(String id) {
    driver.findElement(By.id(id)).click();
    Browser.waitForFaces(driver);
    return this;
  }

  /** Clicks something that leads to another address and waits for that page. */
  public AdminPages clickAndWaitForPage(String id) {
    return navigate(By.id(id));
  }

  public AdminPages clickLink(String text) {
    return navigate(By.linkText(text));
  }

  /**
   * Signs a staff member in from a clean session and waits for the staff home page. Waits for the
   * address to change rather than for the old page to go stale: Chromium sometimes answers the
   * staleness check of a page being replaced with an inspector error instead.
   */
  public AdminPages signIn(String username, String password) {
    driver.manage().deleteAllCookies();
    open("staff/home.xhtml");
    type("username", username);
    type("password", password);
    return navigate(By.id("sign-in"));
  }

  private AdminPages navigate(By target) {
    String before = driver.getCurrentUrl();
    driver.findElement(target).click();
    Browser.waitFor(driver, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                !d.getCurrentUrl().equals(before)
                    && "complete"
                        .equals(
                            ((JavascriptExecutor) d).executeScript("return document.readyState")));
    Browser.waitForFaces(driver);
    return this;
  }

  public String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  public boolean has(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public List<String> texts(String cssSelector) {
    return driver.findElements(By.cssSelector(cssSelector)).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The id of the session row's input in the branch page's sessions table. */
  public String sessionInput(String sessionCode, String input) {
    List<WebElement> codes = driver.findElements(By.cssSelector("#sessions\\:list .session-code"));
    for (int row = 0; row < codes.size(); row++) {
      if (codes.get(row).getText().equals(sessionCode)) {
        return "sessions:list:" + row + ":" + input;
      }
    }
    throw new IllegalStateException("no session " + sessionCode);
  }

  /** Uploads a file into the page's file upload and waits for the import to finish. */
  public AdminPages uploadAndWaitForReport(Path file) {
    WebElement input = driver.findElement(By.cssSelector("#import input[type='file']"));
    input.sendKeys(file.toAbsolutePath().toString());
    Browser.waitFor(driver, Duration.ofSeconds(60))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));
    Browser.waitForFaces(driver);
    return this;
  }

  /** True once the named PrimeFaces chart widget holds a Chart.js chart drawn on its canvas. */
  public boolean chartRendered(String widgetVar) {
    Object drawn =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var w = PF('"
                    + widgetVar
                    + "'); return !!(w && w.chart && w.chart.canvas"
                    + " && w.chart.canvas.width > 0 && w.chart.data.datasets.length > 0);");
    return Boolean.TRUE.equals(drawn);
  }
}
