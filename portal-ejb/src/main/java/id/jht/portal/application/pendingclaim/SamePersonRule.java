package id.jht.portal.application.pendingclaim;

import id.jht.portal.domain.model.participant.PersonName;
import id.jht.portal.domain.shared.InvalidValueException;

/**
 * Whether a claim another channel registered is the same person's, beyond NIK (and KPJ, when given)
 * being equal: where both names are known, they must be at least 75 % similar, as the agency's back
 * office checks. A missing name is no evidence either way.
 */
public final class SamePersonRule {

  public static final double MINIMUM_NAME_SIMILARITY = 0.75;

  private SamePersonRule() {}

  public static boolean namesAgree(String oneName, String otherName) {
    PersonName one = nameOrNull(oneName);
    PersonName other = nameOrNull(otherName);
    return one == null || other == null || one.isSimilarTo(other, MINIMUM_NAME_SIMILARITY);
  }

  private static PersonName nameOrNull(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return PersonName.of(name);
    } catch (InvalidValueException onlyPunctuation) {
      return null;
    }
  }
}
