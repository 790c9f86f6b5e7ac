package id.jht.portal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian, driven by Debian's chromedriver: Selenium Manager never runs and
 * nothing is downloaded.
 */
public final class Browser {

  /** How often a wait looks again: short, since each look is one cheap local driver call. */
  private static final Duration POLL = Duration.ofMillis(50);

  /** How the portal's date fields take a date (the pattern of their converters). */
  private static final DateTimeFormatter DATE_INPUT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Browser() {}

  /** A date as a participant types it into one of the portal's date fields. */
  public static String typed(LocalDate date) {
    return date.format(DATE_INPUT);
  }

  public static WebDriver start() {
    return start(new ChromeOptions(), "--window-size=412,915");
  }

  /**
   * A low-end Android phone as Chrome's device emulation draws it: 360 CSS pixels wide, touch, a
   * mobile user agent, so the page is tested at the width most participants see.
   */
  public static ChromeDriver phone() {
    ChromeOptions options = new ChromeOptions();
    options.setExperimentalOption(
        "mobileEmulation",
        java.util.Map.of(
            "deviceMetrics",
            java.util.Map.of("width", 360, "height", 740, "pixelRatio", 2.0, "touch", true),
            "userAgent",
            "Mozilla/5.0 (Linux; Android 11; SM-A025F) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/156.0 Mobile Safari/537.36"));
    return (ChromeDriver) start(options, "--window-size=360,740");
  }

  private static WebDriver start(ChromeOptions options, String windowSize) {
    options.setBinary(System.getProperty("it.chrome.binary", "/usr/bin/chromium"));
    Path profile;
    try {
      profile = Files.createTempDirectory("chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        windowSize,
        "--lang=id-ID",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new java.io.File(
                    System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
            .build();
    CspViolations.keepConsole(options);
    ChromeDriver driver = new ChromeDriver(service, options);
    CspViolations.listen(driver);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /**
   * Ends the browser of a test, after checking that none of the pages it showed broke the
   * Content-Security-Policy ({@link CspViolations}).
   */
  public static void quitAfterCheckingPolicy(WebDriver driver) {
    try {
      CspViolations.assertNone(driver);
    } finally {
      driver.quit();
    }
  }

  /**
   * Clicks something that submits the page (a full postback or a link) and waits until the new page
   * has replaced the old one and finished loading.
   */
  public static void clickAndWaitForPage(WebDriver driver, org.openqa.selenium.WebElement target) {
    org.openqa.selenium.WebElement oldPage =
        driver.findElement(org.openqa.selenium.By.tagName("html"));
    target.click();
    waitFor(driver).until(d -> isGone(oldPage));
    waitForFaces(driver);
  }

  /**
   * Whether an element's page has been replaced. Asked while the new page is being swapped in,
   * Chrome may answer "node does not belong to the document" instead of "stale": that means gone
   * too.
   */
  public static boolean isGone(org.openqa.selenium.WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  public static WebDriverWait waitFor(WebDriver driver) {
    return waitFor(driver, Duration.ofSeconds(20));
  }

  /**
   * A wait for slow steps, such as an upload over an emulated slow connection. It asks every 50 ms,
   * not at Selenium's default 500 ms: most conditions fail on the first look (the old page is still
   * there just after the click), so the default slept half a second on nearly every page change,
   * several minutes over the suite.
   */
  public static WebDriverWait waitFor(WebDriver driver, Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout);
    wait.pollingEvery(POLL);
    return wait;
  }

  /**
   * Waits until the document is loaded and no Faces/PrimeFaces ajax request is in flight, so a test
   * reads the page only after the server's answer has been rendered.
   */
  public static void waitForFaces(WebDriver driver) {
    waitFor(driver)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.jQuery || jQuery.active === 0)"
                                + " && (!window.PrimeFaces || !PrimeFaces.ajax"
                                + "     || PrimeFaces.ajax.Queue.isEmpty());")));
  }

  /** The HTTP status of a page fetched with the browser's session (its cookies). */
  public static int statusWithSession(WebDriver driver, String url) throws Exception {
    java.net.http.HttpRequest.Builder request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url));
    String cookies = cookieHeader(driver);
    if (cookies != null) {
      request.header("Cookie", cookies);
    }
    return java.net.http.HttpClient.newHttpClient()
        .send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /**
   * The browser's cookies for this site as one {@code Cookie} header, so a plain HTTP client
   * continues the browser's session exactly as the browser would: with the session id and the
   * session version cookie that replicated sessions need to be read at their latest version. Null
   * when the browser has none.
   */
  public static String cookieHeader(WebDriver driver) {
    String header =
        driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(java.util.stream.Collectors.joining("; "));
    return header.isEmpty() ? null : header;
  }
}
