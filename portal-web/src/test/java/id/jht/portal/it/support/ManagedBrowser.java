package id.jht.portal.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A {@code WebDriver} field whose headless Chromium the {@link BrowserExtension} owns: a static
 * field holds one browser for the whole class (started before its first test, quit after its last),
 * an instance field a fresh browser for each test. Quitting checks first that no page the browser
 * showed broke the Content-Security-Policy ({@link CspViolations}).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserExtension.class)
public @interface ManagedBrowser {

  /** A phone ({@link Browser#phone()}: 360 CSS pixels, touch) instead of the 412 px window. */
  boolean phone() default false;

  /**
   * The test starts the browser itself ({@code driver = Browser.start()}), where its story needs
   * one, perhaps several one after the other (another person signs in); the extension only quits
   * whatever the field holds at the end, as it would a browser it started.
   */
  boolean startedByTheTest() default false;
}
