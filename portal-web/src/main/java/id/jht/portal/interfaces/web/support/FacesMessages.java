package id.jht.portal.interfaces.web.support;

import id.jht.portal.application.claim.ClaimDraftService;
import id.jht.portal.application.document.LocalizableText;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.infrastructure.document.FileSize;
import id.jht.portal.interfaces.web.i18n.LanguageBean;
import id.jht.portal.interfaces.web.i18n.PortalMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns message keys (from the web bundle, the domain or the document checks) into text in the
 * visitor's language, with dates, times and Rupiah amounts formatted for that language, and adds
 * them to the page, tied to a field when one is named.
 */
@RequestScoped
public class FacesMessages {

  private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

  @Inject LanguageBean language;

  public Locale locale() {
    return language.getLocale();
  }

  public boolean isEnglish() {
    return language.isEnglish();
  }

  public String text(String key, Object... args) {
    ResourceBundle bundle = PortalMessages.forLocale(locale());
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    Object[] formatted = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      formatted[i] = format(args[i]);
    }
    return new MessageFormat(pattern, locale()).format(formatted);
  }

  public String text(Message message) {
    return text(message.key(), message.args().toArray());
  }

  /**
   * Formats one argument: dates in words ("12 Desember 2026"), file sizes with the language's
   * decimal separator, amounts (plain {@code Long}s) as Rupiah.
   */
  public Object format(Object arg) {
    if (arg instanceof ClaimDraftService.DocumentLabel label) {
      return text(label.key());
    }
    if (arg instanceof LocalizableText localizable) {
      return text(localizable.key(), localizable.args().toArray());
    }
    if (arg instanceof FileSize size) {
      return size.format(locale());
    }
    if (arg instanceof LocalDate date) {
      return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()));
    }
    if (arg instanceof Instant instant) {
      return dateTime(instant, null);
    }
    if (arg instanceof Long amount) {
      return rupiah(amount);
    }
    return arg;
  }

  public String rupiah(long amount) {
    NumberFormat number = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID"));
    return "Rp " + number.format(amount);
  }

  /** Date and time in a zone (the branch's; WIB by default), e.g. "22 November 2026 14.05 WIB". */
  public String dateTime(Instant instant, ZoneId zone) {
    ZoneId z = zone == null ? DEFAULT_ZONE : zone;
    String when =
        instant.atZone(z).format(DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", locale()));
    return when + " " + zoneLabel(z);
  }

  /** WIB, WITA or WIT: what Indonesians read on every schedule. */
  public static String zoneLabel(ZoneId zone) {
    return switch (zone.getId()) {
      case "Asia/Makassar" -> "WITA";
      case "Asia/Jayapura" -> "WIT";
      default -> "WIB";
    };
  }

  public void error(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  public void error(String clientId, Message message) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(message));
  }

  /** A ready-made text (e.g. a lock message another layer already wrote in both languages). */
  public void errorText(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  public void warn(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_WARN, text(key, args));
  }

  public void info(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
