package id.jht.portal.application.pendingclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LockMessagesTest {

  private static final LockMessages.Names JMO =
      new LockMessages.Names("aplikasi JMO", "the JMO app");
  private static final LockMessages.Names PORTAL =
      new LockMessages.Names("Lapak Asik", "Lapak Asik");

  @Test
  void theMobileAppGetsTheSentenceItShowsToday() {
    LockMessages.Bilingual message = LockMessages.of(JMO, PORTAL, "Jakarta Salemba");
    assertEquals(
        "Pengkinian data tidak dapat dilanjutkan pada aplikasi JMO, dikarenakan masih dalam proses"
            + " klaim JHT di Lapak Asik Kantor Cabang Jakarta Salemba",
        message.indonesian());
    assertEquals(
        "The data update cannot continue in the JMO app because a JHT claim is still in process"
            + " at Lapak Asik, branch office Jakarta Salemba",
        message.english());
  }

  @Test
  void anotherCallerAndHolderAreNamedInTheSameShape() {
    LockMessages.Names counter =
        new LockMessages.Names("layanan kantor cabang", "the branch counter");
    LockMessages.Bilingual message = LockMessages.of(JMO, counter, "Bandung Suci");
    assertEquals(
        "Pengkinian data tidak dapat dilanjutkan pada aplikasi JMO, dikarenakan masih dalam proses"
            + " klaim JHT di layanan kantor cabang Kantor Cabang Bandung Suci",
        message.indonesian());
  }

  @Test
  void withoutABranchTheSentenceEndsAtTheHolder() {
    assertEquals(
        "Pengkinian data tidak dapat dilanjutkan pada aplikasi JMO, dikarenakan masih dalam proses"
            + " klaim JHT di Lapak Asik",
        LockMessages.of(JMO, PORTAL, null).indonesian());
  }

  @Test
  void thePortalItselfIsToldThatANewClaimCannotStart() {
    LockMessages.Bilingual message = LockMessages.of(null, JMO, "Sidoarjo");
    assertEquals(
        "Klaim JHT baru tidak dapat dimulai, dikarenakan masih dalam proses klaim JHT di aplikasi"
            + " JMO Kantor Cabang Sidoarjo",
        message.indonesian());
    assertEquals(
        "A new JHT claim cannot start because a JHT claim is still in process at the JMO app,"
            + " branch office Sidoarjo",
        message.english());
  }
}
