package id.jht.portal.domain.model.contact;

import id.jht.portal.domain.shared.Digits;
import id.jht.portal.domain.shared.InvalidValueException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address, validated pragmatically rather than by the full RFC 5322 grammar: one
 * {@code @}, a local part of the characters mail providers actually hand out, and a domain with at
 * least two labels and an alphabetic top-level domain. Quoted local parts and IP-address domains,
 * which no participant uses, are refused. The domain is stored in lower case; the local part as
 * typed, since some servers treat its case as significant.
 */
public final class EmailAddress implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Form field name used in validation errors. */
  public static final String FIELD = "email";

  /** Longest address that fits SMTP's path limit. */
  public static final int MAX_LENGTH = 254;

  static final String EMPTY = "email.empty";
  static final String TOO_LONG = "email.tooLong";
  static final String AT_SIGN = "email.atSign";
  static final String INVALID_LOCAL_PART = "email.invalidLocalPart";
  static final String INVALID_DOMAIN = "email.invalidDomain";

  private static final int MAX_LOCAL_LENGTH = 64;
  private static final int MAX_LABEL_LENGTH = 63;
  private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+");
  private static final Pattern DOMAIN_LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");
  private static final Pattern TOP_LEVEL_DOMAIN = Pattern.compile("[a-z]{2,}");

  private final String value;

  private EmailAddress(String value) {
    this.value = value;
  }

  /**
   * Validates an address; surrounding white space is ignored.
   *
   * @throws InvalidValueException with field {@code email} and key {@code email.empty}, {@code
   *     email.tooLong}, {@code email.atSign} (none or several), {@code email.invalidLocalPart} or
   *     {@code email.invalidDomain}
   */
  public static EmailAddress of(String input) {
    String address = Digits.stripped(input);
    if (address.isEmpty()) {
      throw InvalidValueException.of(FIELD, EMPTY);
    }
    if (address.length() > MAX_LENGTH) {
      throw InvalidValueException.of(FIELD, TOO_LONG);
    }
    int at = address.indexOf('@');
    if (at < 0 || at != address.lastIndexOf('@')) {
      throw InvalidValueException.of(FIELD, AT_SIGN);
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
    if (!isValidLocalPart(local)) {
      throw InvalidValueException.of(FIELD, INVALID_LOCAL_PART);
    }
    if (!isValidDomain(domain)) {
      throw InvalidValueException.of(FIELD, INVALID_DOMAIN);
    }
    return new EmailAddress(local + "@" + domain);
  }

  /**
   * Rebuilds a address read back from the database, <em>without</em> validating it again. What is
   * stored was validated on its way in; a row that a later, stricter rule would refuse (or one
   * written by hand) must still load, or a page that merely shows it would fail. Only the
   * persistence converter calls this; everything a person types goes through {@link #of(String)}.
   */
  public static EmailAddress stored(String value) {
    return new EmailAddress(Objects.requireNonNull(value, "value"));
  }

  private static boolean isValidLocalPart(String local) {
    return local.length() <= MAX_LOCAL_LENGTH
        && LOCAL_PART.matcher(local).matches()
        && !local.startsWith(".")
        && !local.endsWith(".")
        && !local.contains("..");
  }

  private static boolean isValidDomain(String domain) {
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.length() > MAX_LABEL_LENGTH || !DOMAIN_LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return TOP_LEVEL_DOMAIN.matcher(labels[labels.length - 1]).matches();
  }

  /** The address's text, or {@code null} for no address (an optional contact field). */
  public static String textOf(EmailAddress address) {
    return address == null ? null : address.value;
  }

  /** The address, domain in lower case. */
  public String value() {
    return value;
  }

  /** Equal when the addresses are equal ignoring case, as mail providers deliver them alike. */
  @Override
  public boolean equals(Object other) {
    return other instanceof EmailAddress address && address.value.equalsIgnoreCase(value);
  }

  @Override
  public int hashCode() {
    return value.toLowerCase(Locale.ROOT).hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
