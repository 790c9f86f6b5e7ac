package id.jht.portal.it.pages;

import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.it.support.Browser;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The claim wizard's steps after identity: reason, contact, documents, schedule, confirm. */
public class WizardPages {

  private final WebDriver driver;

  public WizardPages(WebDriver driver) {
    this.driver = driver;
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public String mainText() {
    return driver.findElement(By.id("main")).getText();
  }

  public String currentPath() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  /** Step 2: picks a reason by its enum name; the decision appears by ajax. */
  public WizardPages chooseReason(String reason) {
    List<WebElement> radios =
        driver.findElements(By.cssSelector("input[name='reason:reason'][value='" + reason + "']"));
    radios.get(0).click();
    Browser.waitForFaces(driver);
    return this;
  }

  public String decisionText() {
    return driver.findElement(By.id("reason:decision")).getText();
  }

  public WizardPages next() {
    Browser.clickAndWaitForPage(driver, driver.findElement(By.cssSelector("[id$=':next']")));
    return this;
  }

  public WizardPages back() {
    Browser.clickAndWaitForPage(driver, driver.findElement(By.cssSelector("[id$=':back']")));
    return this;
  }

  public WizardPages type(String form, String field, String value) {
    WebElement input = driver.findElement(By.id(form + ":" + field));
    input.clear();
    input.sendKeys(value);
    return this;
  }

  /**
   * Step 3: the contact details of a participant who is paid to their own BCA account, with their
   * mother's maiden name as the registry has it; stays on the step (the caller goes on or checks).
   */
  public WizardPages fillContact(String email, ParticipantSeed participant) {
    return type("contact", "email", email)
        .type("contact", "phone", "0812 3456 7890")
        .type("contact", "motherMaidenName", participant.motherMaidenName())
        .select("contact", "bank", "BCA")
        .type("contact", "accountNumber", "1234567890")
        .type("contact", "accountHolder", participant.fullName());
  }

  public String value(String form, String field) {
    return driver.findElement(By.id(form + ":" + field)).getAttribute("value");
  }

  public WizardPages select(String form, String field, String value) {
    new Select(driver.findElement(By.id(form + ":" + field))).selectByValue(value);
    return this;
  }

  public String fieldError(String form, String field) {
    List<WebElement> errors = driver.findElements(By.id(form + ":" + field + "-error"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }

  public String errorSummary(String form) {
    List<WebElement> summary = driver.findElements(By.id(form + ":error-summary"));
    return summary.isEmpty() ? "" : summary.get(0).getText();
  }

  /**
   * Step 4: uploads a file into the slot of a document type and waits for the answer: the form is
   * drawn again after every upload, stored or refused, so the old slot going stale is the signal
   * (the message may name the file differently, e.g. with the extension of its real content).
   */
  public WizardPages upload(String documentType, Path file) {
    return upload(documentType, file, () -> {});
  }

  /** {@link #upload(String, Path)}, running {@code whileUploading} before the answer is awaited. */
  public WizardPages upload(String documentType, Path file, Runnable whileUploading) {
    WebElement section = driver.findElement(By.id("slot-" + documentType));
    WebElement input = section.findElement(By.cssSelector("input[type='file']"));
    input.sendKeys(file.toAbsolutePath().toString());
    whileUploading.run();
    Browser.waitFor(driver, java.time.Duration.ofSeconds(60)).until(d -> Browser.isGone(section));
    Browser.waitForFaces(driver);
    return this;
  }

  /** Step 4: a photo "taken" with the slot's camera choice, then sent by the slot's upload. */
  public WizardPages uploadWithCamera(String documentType, Path file) {
    WebElement section = driver.findElement(By.id("slot-" + documentType));
    WebElement camera = section.findElement(By.cssSelector("input.camera-input"));
    assertCapture(camera);
    camera.sendKeys(file.toAbsolutePath().toString());
    Browser.waitFor(driver, java.time.Duration.ofSeconds(90)).until(d -> Browser.isGone(section));
    Browser.waitForFaces(driver);
    return this;
  }

  private static void assertCapture(WebElement camera) {
    if (!"environment".equals(camera.getAttribute("capture"))) {
      throw new AssertionError("the camera choice must ask for the rear camera");
    }
  }

  /** Step 4: removes the slot's file and waits for the slot to be drawn again. */
  public WizardPages remove(String documentType) {
    WebElement section = driver.findElement(By.id("slot-" + documentType));
    section.findElement(By.cssSelector(".doc-remove")).click();
    Browser.waitFor(driver).until(d -> Browser.isGone(section));
    Browser.waitForFaces(driver);
    return this;
  }

  /**
   * Step 5: types into the branch search and waits for the filtered list. Each keystroke's Ajax
   * answer replaces the list, so a list read while the next answer lands is stale: read it again.
   */
  public WizardPages searchBranch(String text) {
    type("schedule", "search", text);
    Browser.waitFor(driver)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> new Select(d.findElement(By.id("schedule:branch"))).getOptions().size() < 10);
    Browser.waitForFaces(driver);
    return this;
  }

  /** Step 5: picks the branch whose label contains its name; days and sessions follow by ajax. */
  public WizardPages chooseBranch(String code) {
    Select branches = new Select(driver.findElement(By.id("schedule:branch")));
    WebElement option =
        branches.getOptions().stream()
            .filter(o -> o.getText().contains(code.equals("SDA") ? "Sidoarjo" : code))
            .findFirst()
            .orElseThrow();
    branches.selectByVisibleText(option.getText());
    Browser.waitFor(driver)
        .until(d -> !d.findElements(By.cssSelector("input[name='schedule:session']")).isEmpty());
    Browser.waitForFaces(driver);
    return this;
  }

  public WizardPages chooseSession(String code) {
    driver
        .findElement(By.cssSelector("input[name='schedule:session'][value='" + code + "']"))
        .click();
    return this;
  }

  public WizardPages tick(String form, String field) {
    WebElement box = driver.findElement(By.id(form + ":" + field));
    if (!box.isSelected()) {
      box.click();
    }
    return this;
  }

  public String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  public String slotText(String documentType) {
    return driver.findElement(By.id("slot-" + documentType)).getText();
  }

  /** The answer to the slot's last upload, shown at the slot. */
  public String slotStatus(String documentType) {
    return driver.findElement(By.id("slot-" + documentType + "-status")).getText();
  }

  public boolean slotHasFile(String documentType) {
    return !driver
        .findElement(By.id("slot-" + documentType))
        .findElements(By.cssSelector(".file-name"))
        .isEmpty();
  }

  public String messages() {
    return driver.findElement(By.id("documents:messages")).getText();
  }
}
