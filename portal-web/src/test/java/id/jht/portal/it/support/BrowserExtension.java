package id.jht.portal.it.support;

import java.lang.reflect.Field;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ModifierSupport;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Starts and quits the browsers of the fields marked {@link ManagedBrowser}, so the Selenium tests
 * share one set-up instead of each writing its own. Registered by the annotation itself; JUnit runs
 * it after the class's Arquillian extension has deployed the portal and before the class's own
 * {@code @BeforeAll}/{@code @BeforeEach} methods, which may therefore use the browser.
 */
public final class BrowserExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeAll(ExtensionContext context) throws IllegalAccessException {
    for (Field field : fields(context, ModifierSupport::isStatic)) {
      start(field, null);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws IllegalAccessException {
    for (Field field : fields(context, ModifierSupport::isStatic)) {
      quit(field, null);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    for (Field field : fields(context, ModifierSupport::isNotStatic)) {
      start(field, context.getRequiredTestInstance());
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws IllegalAccessException {
    for (Field field : fields(context, ModifierSupport::isNotStatic)) {
      quit(field, context.getRequiredTestInstance());
    }
  }

  private static List<Field> fields(ExtensionContext context, Predicate<Field> which) {
    List<Field> found =
        AnnotationSupport.findAnnotatedFields(
            context.getRequiredTestClass(), ManagedBrowser.class, which);
    found.forEach(field -> field.setAccessible(true));
    return found;
  }

  private static void start(Field field, Object owner) throws IllegalAccessException {
    ManagedBrowser wanted = field.getAnnotation(ManagedBrowser.class);
    if (!wanted.startedByTheTest()) {
      field.set(owner, wanted.phone() ? Browser.phone() : Browser.start());
    }
  }

  /** Quits the field's browser unless the test already did (a story may switch browsers). */
  private static void quit(Field field, Object owner) throws IllegalAccessException {
    WebDriver driver = (WebDriver) field.get(owner);
    field.set(owner, null);
    if (driver instanceof RemoteWebDriver remote && remote.getSessionId() == null) {
      return;
    }
    if (driver != null) {
      Browser.quitAfterCheckingPolicy(driver);
    }
  }
}
