package id.jht.portal.application.pendingclaim;

import id.jht.portal.application.texts.Texts;
import java.util.Locale;

/**
 * The sentence a channel shows when a person is blocked, in the shape the mobile app shows today:
 * "Pengkinian data tidak dapat dilanjutkan pada aplikasi JMO, dikarenakan masih dalam proses klaim
 * JHT di Lapak Asik Kantor Cabang Jakarta Salemba", with the caller's and the holder's names filled
 * in. This portal (no caller channel) gets its own sentence for the start of a new claim.
 */
public final class LockMessages {

  static final Texts PENDING = Texts.of("i18n.pending");

  private LockMessages() {}

  /** A text of the registry ({@code i18n/pending_*.properties}) in {@code locale}. */
  static String text(Locale locale, String key, Object... args) {
    return PENDING.text(locale, key, args);
  }

  /** A text in Indonesian and English. */
  public record Bilingual(String indonesian, String english) {}

  /**
   * @param caller the calling channel's names, or null for this portal itself
   * @param holder the names of who holds the claim
   * @param branchName the branch handling it, or null when unknown
   */
  public static Bilingual of(Names caller, Names holder, String branchName) {
    return new Bilingual(
        sentence(Texts.INDONESIAN, caller, holder, branchName),
        sentence(Locale.ENGLISH, caller, holder, branchName));
  }

  private static String sentence(Locale locale, Names caller, Names holder, String branchName) {
    boolean english = Locale.ENGLISH.equals(locale);
    String holderName = english ? holder.english() : holder.indonesian();
    boolean branch = branchName != null && !branchName.isBlank();
    if (caller == null) {
      return branch
          ? text(locale, "pending.lock.toPortal", holderName, branchName)
          : text(locale, "pending.lock.toPortal.noBranch", holderName);
    }
    String callerName = english ? caller.english() : caller.indonesian();
    return branch
        ? text(locale, "pending.lock.toChannel", callerName, holderName, branchName)
        : text(locale, "pending.lock.toChannel.noBranch", callerName, holderName);
  }

  /** A channel's display names. */
  public record Names(String indonesian, String english) {}
}
