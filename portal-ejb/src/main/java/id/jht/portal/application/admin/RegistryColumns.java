package id.jht.portal.application.admin;

import java.util.List;

/** The columns of the participant registry import file, in order. */
public final class RegistryColumns {

  public static final String NIK = "nik";
  public static final String KPJ = "kpj";
  public static final String FULL_NAME = "full_name";
  public static final String BIRTH_PLACE = "birth_place";
  public static final String BIRTH_DATE = "birth_date";
  public static final String GENDER = "gender";
  public static final String MOTHER_MAIDEN_NAME = "mother_maiden_name";
  public static final String EMAIL = "email";
  public static final String PHONE = "phone";
  public static final String HOME_BRANCH_CODE = "home_branch_code";
  public static final String EMPLOYER = "employer";
  public static final String MEMBERSHIP_START = "membership_start";
  public static final String STATUS = "status";
  public static final String NON_ACTIVE_SINCE = "non_active_since";
  public static final String BALANCE = "balance";

  /** A problem with the whole line (e.g. the number of values). */
  public static final String LINE = "line";

  /** A problem with the whole file (encoding, header). */
  public static final String FILE = "file";

  public static final List<String> ALL =
      List.of(
          NIK,
          KPJ,
          FULL_NAME,
          BIRTH_PLACE,
          BIRTH_DATE,
          GENDER,
          MOTHER_MAIDEN_NAME,
          EMAIL,
          PHONE,
          HOME_BRANCH_CODE,
          EMPLOYER,
          MEMBERSHIP_START,
          STATUS,
          NON_ACTIVE_SINCE,
          BALANCE);

  /** The header line as a file should start with. */
  public static final String HEADER = String.join(";", ALL);

  private RegistryColumns() {}
}
