package id.jht.portal.interfaces.http;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's attributes, set before the first request: HttpOnly, {@code SameSite=Lax}
 * (sent on a top-level link from a mail, never by another site's form or frame) and {@code Secure}
 * when the public URL is https. Read from MicroProfile Config directly: CDI beans may not be ready
 * while the context starts.
 */
@WebListener
public class CookieSettings implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean https =
        ConfigProvider.getConfig()
            .getOptionalValue("portal.public-url", String.class)
            .filter(url -> !url.isBlank())
            .map(url -> PublicUrl.parseOrigin(url).getScheme().equals("https"))
            .orElse(false);
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    cookie.setSecure(https);
  }
}
