package id.jht.portal.application.booking;

import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.domain.shared.Masking;
import java.util.Optional;

/**
 * What the participant typed to prove the booking is theirs: a NIK (16 digits) or a KPJ (11
 * digits), told apart by length. Spaces, dots and dashes are ignored, as people copy numbers from
 * cards with them. {@link #toString()} masks the number.
 */
record TypedIdentity(String digits) {

  static final int NIK_LENGTH = 16;
  static final int KPJ_LENGTH = 11;

  /**
   * Reads the typed number.
   *
   * @throws InvalidValueException field {@code identity}: {@code booking.lookup.identity.required}
   *     or {@code booking.lookup.identity.invalid}
   */
  static TypedIdentity parse(String typed) {
    String compact = typed == null ? "" : typed.replaceAll("[\\s.\\-]", "");
    if (compact.isEmpty()) {
      throw InvalidValueException.of("identity", "booking.lookup.identity.required");
    }
    if (!compact.chars().allMatch(c -> c >= '0' && c <= '9')
        || (compact.length() != NIK_LENGTH && compact.length() != KPJ_LENGTH)) {
      throw InvalidValueException.of("identity", "booking.lookup.identity.invalid");
    }
    return new TypedIdentity(compact);
  }

  Optional<String> nik() {
    return digits.length() == NIK_LENGTH ? Optional.of(digits) : Optional.empty();
  }

  Optional<String> kpj() {
    return digits.length() == KPJ_LENGTH ? Optional.of(digits) : Optional.empty();
  }

  @Override
  public String toString() {
    return Masking.mask(digits);
  }
}
