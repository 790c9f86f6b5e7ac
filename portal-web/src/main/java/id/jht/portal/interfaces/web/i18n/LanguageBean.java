package id.jht.portal.interfaces.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language of the current request, from the visitor's choice (cookie). */
@Named("language")
@RequestScoped
public class LanguageBean {

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = Languages.INDONESIAN;
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      if (request.getCookies() != null) {
        for (Cookie cookie : request.getCookies()) {
          if (Languages.COOKIE.equals(cookie.getName())) {
            locale = Languages.fromTag(cookie.getValue());
          }
        }
      }
    }
    return locale;
  }

  public boolean isEnglish() {
    return Locale.ENGLISH.equals(getLocale());
  }

  public String getTag() {
    return getLocale().getLanguage();
  }
}
