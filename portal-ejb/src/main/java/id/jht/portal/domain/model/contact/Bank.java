package id.jht.portal.domain.model.contact;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Banks the JHT benefit can be paid into, with the account-number lengths each bank is widely
 * published to use. Where a bank is known to issue numbers of several lengths, all of them are
 * allowed: rejecting a real account would block a claim, while a wrong number of a valid length is
 * caught by the savings-book check anyway.
 */
public enum Bank {
  BRI("BRI", 15),
  BNI("BNI", 10),
  MANDIRI("Bank Mandiri", 13),
  BCA("BCA", 10),
  BTN("BTN", 16),
  BSI("Bank Syariah Indonesia (BSI)", 10),
  CIMB_NIAGA("CIMB Niaga", 12, 13, 14),
  DANAMON("Bank Danamon", 10),
  PERMATA("PermataBank", 10),
  MAYBANK("Maybank Indonesia", 10, 11, 12),
  OCBC("OCBC Indonesia", 12),
  PANIN("Panin Bank", 10),
  BJB("Bank BJB", 13),
  BANK_JATIM("Bank Jatim", 10),
  BANK_DKI("Bank DKI", 11),
  BANK_MEGA("Bank Mega", 15),
  MUAMALAT("Bank Muamalat", 10),
  SINARMAS("Bank Sinarmas", 10);

  private final String displayName;
  private final List<Integer> accountNumberLengths;

  Bank(String displayName, int... accountNumberLengths) {
    this.displayName = displayName;
    this.accountNumberLengths = IntStream.of(accountNumberLengths).sorted().boxed().toList();
  }

  /** The bank's usual short name, the same in every language. */
  public String displayName() {
    return displayName;
  }

  /** Allowed numbers of digits of an account number, ascending. */
  public List<Integer> accountNumberLengths() {
    return accountNumberLengths;
  }

  /** True when an account number with this many digits can belong to this bank. */
  public boolean acceptsAccountNumberLength(int length) {
    return accountNumberLengths.contains(length);
  }

  /** Resource bundle key of the label, e.g. {@code bank.BCA}. */
  public String messageKey() {
    return "bank." + name();
  }
}
