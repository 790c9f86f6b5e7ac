package id.jht.portal.application.admin;

import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.domain.shared.Message;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a branch, a session and a quota must look like, free of any database so it is unit-tested.
 * Quotas stop at 999 because queue numbers carry three digits ({@code SDA-261123-B017}).
 */
public final class BranchRules {

  public static final int MAX_QUOTA = 999;

  /** Indonesia's three time zones: WIB, WITA, WIT. */
  public static final Set<String> ZONES = Set.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,7}");
  private static final BigDecimal MIN_LATITUDE = new BigDecimal("-11.5");
  private static final BigDecimal MAX_LATITUDE = new BigDecimal("6.5");
  private static final BigDecimal MIN_LONGITUDE = new BigDecimal("94.5");
  private static final BigDecimal MAX_LONGITUDE = new BigDecimal("141.5");

  private BranchRules() {}

  /** The code as stored: trimmed, upper case. */
  public static String normalizeCode(String code) {
    return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * Checks every field of a branch and collects all problems.
   *
   * @param checkCode false when editing: the code of an existing branch never changes
   * @throws ValidationFailedException with field names {@code code}, {@code name}, {@code address},
   *     {@code city}, {@code province}, {@code zone}, {@code latitude}, {@code longitude}
   */
  public static void check(BranchForm form, boolean checkCode) {
    ValidationFailedException.Collector errors = new ValidationFailedException.Collector();
    if (checkCode && !CODE.matcher(normalizeCode(form.code())).matches()) {
      errors.add("code", Message.of("admin.branch.codeInvalid"));
    }
    requireText(errors, "name", form.name(), 120);
    requireText(errors, "address", form.address(), 255);
    requireText(errors, "city", form.city(), 80);
    requireText(errors, "province", form.province(), 80);
    if (form.zone() == null || !ZONES.contains(form.zone())) {
      errors.add("zone", Message.of("admin.branch.zoneInvalid"));
    }
    requireBetween(errors, "latitude", form.latitude(), MIN_LATITUDE, MAX_LATITUDE);
    requireBetween(errors, "longitude", form.longitude(), MIN_LONGITUDE, MAX_LONGITUDE);
    errors.throwIfAny();
  }

  /**
   * Checks a session's times and default quota.
   *
   * @throws ValidationFailedException with field names {@code start}, {@code end}, {@code quota}
   */
  public static void checkSession(LocalTime start, LocalTime end, Integer quota) {
    ValidationFailedException.Collector errors = new ValidationFailedException.Collector();
    if (start == null) {
      errors.add("start", Message.of("admin.session.timeRequired"));
    }
    if (end == null) {
      errors.add("end", Message.of("admin.session.timeRequired"));
    } else if (start != null && !end.isAfter(start)) {
      errors.add("end", Message.of("admin.session.endBeforeStart"));
    }
    checkQuota(errors, "quota", quota);
    errors.throwIfAny();
  }

  static void checkQuota(ValidationFailedException.Collector errors, String field, Integer quota) {
    if (quota == null || quota < 0 || quota > MAX_QUOTA) {
      errors.add(field, Message.of("admin.quota.invalid", MAX_QUOTA));
    }
  }

  private static void requireText(
      ValidationFailedException.Collector errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(field, Message.of("admin.field.required"));
    } else if (value.strip().length() > max) {
      errors.add(field, Message.of("admin.field.tooLong", max));
    }
  }

  private static void requireBetween(
      ValidationFailedException.Collector errors,
      String field,
      BigDecimal value,
      BigDecimal min,
      BigDecimal max) {
    if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      errors.add(field, Message.of("admin.branch.coordinateInvalid", min, max));
    }
  }
}
