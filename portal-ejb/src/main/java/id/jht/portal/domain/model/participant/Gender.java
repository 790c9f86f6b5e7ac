package id.jht.portal.domain.model.participant;

/** Gender as encoded in the NIK (40 is added to the birth day for women). */
public enum Gender {
  MALE,
  FEMALE;

  /** Resource bundle key of the label, e.g. {@code gender.MALE}. */
  public String messageKey() {
    return "gender." + name();
  }
}
