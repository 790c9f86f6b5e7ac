package id.jht.portal.domain.model.staff;

/**
 * Staff passwords, hashed slowly and salted (a port: the algorithm lives in infrastructure). A
 * password is a low-entropy secret a person chose or was given, so it gets a slow hash; API keys
 * and one-time codes are random and get a fast digest instead ({@code domain.shared.Digests}).
 */
public interface StaffPasswords {

  /** A new hash of {@code password} in the current format, with a fresh salt. */
  String hash(char[] password);

  /** Whether {@code password} matches {@code stored}; a malformed or null hash never matches. */
  boolean matches(char[] password, String stored);

  /**
   * Spends as long as a real {@link #matches} and answers nothing, so that an unknown username
   * cannot be told from a known one by the answer's timing.
   */
  void matchDecoy(char[] password);

  /**
   * Whether {@code stored} is in an older format (or with a weaker work factor) than {@link #hash}
   * writes today: it is replaced after the next successful sign-in, when the password is at hand.
   */
  boolean needsRehash(String stored);
}
