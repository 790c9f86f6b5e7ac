package id.jht.portal.domain.model.participant;

/** The Luhn (mod 10) check-digit algorithm, as used for the ninth digit of a 15-digit NPWP. */
final class Luhn {

  private Luhn() {}

  /**
   * True when the last digit is the Luhn check digit of the digits before it.
   *
   * @param digits ASCII digits only, at least two
   */
  static boolean isValid(String digits) {
    int sum = 0;
    boolean doubled = false;
    // From the right: the check digit counts as is, then every second digit is doubled.
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
