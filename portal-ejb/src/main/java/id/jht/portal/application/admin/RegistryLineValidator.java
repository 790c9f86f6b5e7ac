package id.jht.portal.application.admin;

import static id.jht.portal.application.admin.RegistryColumns.BALANCE;
import static id.jht.portal.application.admin.RegistryColumns.BIRTH_DATE;
import static id.jht.portal.application.admin.RegistryColumns.BIRTH_PLACE;
import static id.jht.portal.application.admin.RegistryColumns.EMAIL;
import static id.jht.portal.application.admin.RegistryColumns.EMPLOYER;
import static id.jht.portal.application.admin.RegistryColumns.FULL_NAME;
import static id.jht.portal.application.admin.RegistryColumns.GENDER;
import static id.jht.portal.application.admin.RegistryColumns.HOME_BRANCH_CODE;
import static id.jht.portal.application.admin.RegistryColumns.KPJ;
import static id.jht.portal.application.admin.RegistryColumns.MEMBERSHIP_START;
import static id.jht.portal.application.admin.RegistryColumns.MOTHER_MAIDEN_NAME;
import static id.jht.portal.application.admin.RegistryColumns.NIK;
import static id.jht.portal.application.admin.RegistryColumns.NON_ACTIVE_SINCE;
import static id.jht.portal.application.admin.RegistryColumns.PHONE;
import static id.jht.portal.application.admin.RegistryColumns.STATUS;

import id.jht.portal.domain.model.contact.EmailAddress;
import id.jht.portal.domain.model.contact.MobileNumber;
import id.jht.portal.domain.model.participant.Gender;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.MembershipStatus;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.PersonName;
import id.jht.portal.domain.shared.Digits;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Message;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks one line of the registry import and says, per field, what is wrong. Identity numbers,
 * names, e-mail addresses and mobile numbers go through the domain's value objects ({@link Nik},
 * {@link Kpj}, {@link PersonName}, {@link EmailAddress}, {@link MobileNumber}), so the import
 * accepts exactly what the portal accepts elsewhere. The birth date and gender must agree with what
 * the NIK encodes.
 *
 * <p>Problem arguments never contain a NIK or KPJ: only counts, line numbers and short codes.
 */
public final class RegistryLineValidator {

  static final int MAX_BALANCE_DIGITS = 15;

  private final Set<String> branchCodes;
  private final LocalDate today;

  /**
   * @param branchCodes the codes of the existing branches, upper case
   * @param today the date dates are checked against (no birth or membership in the future)
   */
  public RegistryLineValidator(Set<String> branchCodes, LocalDate today) {
    this.branchCodes = Set.copyOf(branchCodes);
    this.today = today;
  }

  /** The line's record, or every problem found in it. */
  public LineResult validate(CsvRecord record) {
    List<LineProblem> problems = new ArrayList<>();
    int line = record.line();
    if (record.unterminatedQuote()) {
      problems.add(new LineProblem(line, RegistryColumns.LINE, Message.of("admin.import.quote")));
      return new LineResult(null, problems);
    }
    if (record.fields().size() != RegistryColumns.ALL.size()) {
      problems.add(
          new LineProblem(
              line,
              RegistryColumns.LINE,
              Message.of(
                  "admin.import.columnCount",
                  String.valueOf(record.fields().size()),
                  String.valueOf(RegistryColumns.ALL.size()))));
      return new LineResult(null, problems);
    }
    Fields f = new Fields(record, problems);
    Nik nik = f.value(NIK, Nik::of);
    Kpj kpj = f.value(KPJ, Kpj::of);
    String fullName = f.value(FULL_NAME, v -> limited(PersonName.of(v).value(), 120));
    String birthPlace = f.required(BIRTH_PLACE, 80);
    LocalDate birthDate = f.date(BIRTH_DATE, true);
    Gender gender = f.value(GENDER, RegistryLineValidator::gender);
    String mother = f.required(MOTHER_MAIDEN_NAME, 120);
    String email = f.optional(EMAIL, v -> limited(EmailAddress.of(v).value(), 160));
    String phone = f.optional(PHONE, v -> MobileNumber.of(v).value());
    String branch = f.value(HOME_BRANCH_CODE, this::branch);
    String employer = f.required(EMPLOYER, 160);
    LocalDate start = f.date(MEMBERSHIP_START, true);
    MembershipStatus status = f.value(STATUS, RegistryLineValidator::status);
    LocalDate nonActiveSince = f.date(NON_ACTIVE_SINCE, false);
    Long balance = f.value(BALANCE, RegistryLineValidator::balance);

    if (nik != null && birthDate != null && !nik.matchesBirthDate(birthDate)) {
      f.problem(BIRTH_DATE, "admin.import.birthDateMismatch");
    }
    if (nik != null && gender != null && nik.gender() != gender) {
      f.problem(GENDER, "admin.import.genderMismatch");
    }
    if (birthDate != null && start != null && start.isBefore(birthDate)) {
      f.problem(MEMBERSHIP_START, "admin.import.startBeforeBirth");
    }
    if (status == MembershipStatus.NON_ACTIVE
        && nonActiveSince == null
        && f.isEmpty(NON_ACTIVE_SINCE)) {
      f.problem(NON_ACTIVE_SINCE, "admin.import.nonActiveSinceRequired");
    }
    if (status == MembershipStatus.ACTIVE && !f.isEmpty(NON_ACTIVE_SINCE)) {
      f.problem(NON_ACTIVE_SINCE, "admin.import.nonActiveSinceForActive");
    }
    if (start != null && nonActiveSince != null && nonActiveSince.isBefore(start)) {
      f.problem(NON_ACTIVE_SINCE, "admin.import.nonActiveBeforeStart");
    }
    if (!problems.isEmpty()) {
      return new LineResult(null, problems);
    }
    return new LineResult(
        new RegistryRecord(
            line,
            nik,
            kpj,
            fullName,
            birthPlace,
            birthDate,
            gender,
            mother,
            email,
            phone,
            branch,
            employer,
            start,
            status,
            status == MembershipStatus.NON_ACTIVE ? nonActiveSince : null,
            balance),
        List.of());
  }

  private String branch(String value) {
    String code = value.toUpperCase(Locale.ROOT);
    if (!branchCodes.contains(code)) {
      throw InvalidValueException.of(HOME_BRANCH_CODE, "admin.import.branchUnknown", shown(code));
    }
    return code;
  }

  private static Gender gender(String value) {
    switch (value.toUpperCase(Locale.ROOT)) {
      case "L", "M":
        return Gender.MALE;
      case "P", "F":
        return Gender.FEMALE;
      default:
        throw InvalidValueException.of(GENDER, "admin.import.genderInvalid");
    }
  }

  private static MembershipStatus status(String value) {
    switch (value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')) {
      case "ACTIVE", "AKTIF":
        return MembershipStatus.ACTIVE;
      case "NON_ACTIVE", "NONACTIVE", "NON_AKTIF", "NONAKTIF":
        return MembershipStatus.NON_ACTIVE;
      default:
        throw InvalidValueException.of(STATUS, "admin.import.statusInvalid");
    }
  }

  private static Long balance(String value) {
    if (!Digits.isDigits(value) || value.length() > MAX_BALANCE_DIGITS) {
      throw InvalidValueException.of(BALANCE, "admin.import.balanceInvalid");
    }
    return Long.parseLong(value);
  }

  private static String limited(String value, int max) {
    if (value.length() > max) {
      throw InvalidValueException.of("", "admin.field.tooLong", String.valueOf(max));
    }
    return value;
  }

  /** A short, printable excerpt of a user value that is not an identity number. */
  private static String shown(String value) {
    String printable = value.replaceAll("\\p{Cntrl}", " ");
    return printable.length() > 12 ? printable.substring(0, 12) + "…" : printable;
  }

  /** The outcome for one line: a record, or the problems (never both). */
  public record LineResult(RegistryRecord record, List<LineProblem> problems) {

    public LineResult {
      problems = List.copyOf(problems);
    }

    public boolean isValid() {
      return record != null;
    }
  }

  /** Reads the line's values by column and collects the problems. */
  private final class Fields {
    private final CsvRecord record;
    private final List<LineProblem> problems;

    Fields(CsvRecord record, List<LineProblem> problems) {
      this.record = record;
      this.problems = problems;
    }

    String raw(String column) {
      return record.fields().get(RegistryColumns.ALL.indexOf(column)).strip();
    }

    boolean isEmpty(String column) {
      return raw(column).isEmpty();
    }

    void problem(String column, String key, Object... args) {
      problems.add(new LineProblem(record.line(), column, Message.of(key, args)));
    }

    /** A required value converted by {@code convert}, which throws InvalidValueException. */
    <T> T value(String column, Function<String, T> convert) {
      String value = raw(column);
      if (value.isEmpty()) {
        problem(column, "admin.import.required");
        return null;
      }
      try {
        return convert.apply(value);
      } catch (InvalidValueException e) {
        problems.add(new LineProblem(record.line(), column, e.message()));
        return null;
      }
    }

    <T> T optional(String column, Function<String, T> convert) {
      return isEmpty(column) ? null : value(column, convert);
    }

    String required(String column, int max) {
      return value(column, v -> limited(v, max));
    }

    LocalDate date(String column, boolean required) {
      if (!required && isEmpty(column)) {
        return null;
      }
      return value(
          column,
          v -> {
            LocalDate date;
            try {
              date = LocalDate.parse(v);
            } catch (DateTimeParseException e) {
              throw InvalidValueException.of(column, "admin.import.dateInvalid");
            }
            if (date.isAfter(today)) {
              throw InvalidValueException.of(column, "admin.import.dateFuture");
            }
            return date;
          });
    }
  }
}
