package id.jht.portal.domain.model.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.contact.EmailAddress;
import id.jht.portal.domain.model.participant.Gender;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Membership;
import id.jht.portal.domain.model.participant.MembershipStatus;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.participant.PersonName;
import id.jht.portal.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The state rules of a correction request: submitted, then decided once. */
class CorrectionRequestTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
  private static final StoredEvidence LETTER =
      new StoredEvidence("paklaring.pdf", "0123456789abcdef0123456789abcdef", "application/pdf");

  private final Membership membership =
      new Membership(
          new Participant(
              Nik.of("3515076208930002"),
              PersonName.of("Rina Kusumawati"),
              "Surabaya",
              LocalDate.of(1993, 8, 22),
              Gender.FEMALE,
              "Siti Aminah",
              EmailAddress.of("rina@example.co.id"),
              null,
              new BranchOffice(
                  "SDA",
                  "Sidoarjo",
                  "Jl. A",
                  "Sidoarjo",
                  "Jawa Timur",
                  ZoneId.of("Asia/Jakarta"),
                  BigDecimal.ONE,
                  BigDecimal.ONE)),
          Kpj.of("17092635518"),
          "PT Surya Mitra Logistik",
          LocalDate.of(2022, 10, 1),
          MembershipStatus.ACTIVE,
          null,
          21_875_400L);

  private CorrectionRequest submitted(LocalDate letterDate) {
    return CorrectionRequest.membershipStatus(
        membership, "  Mengundurkan diri.  ", letterDate, LETTER, NOW, TODAY);
  }

  @Test
  void aNewRequestIsSubmittedAndLeavesTheMembershipAlone() {
    CorrectionRequest request = submitted(TODAY.minusDays(3));
    assertEquals(CorrectionState.SUBMITTED, request.getState());
    assertEquals(CorrectionKind.MEMBERSHIP_STATUS, request.getKind());
    assertEquals("Mengundurkan diri.", request.getStatement());
    assertEquals(MembershipStatus.ACTIVE, membership.getStatus());
  }

  @Test
  void acceptingMakesTheMembershipNonActiveFromTheLettersDate() {
    CorrectionRequest request = submitted(TODAY.minusDays(3));
    request.accept("petugas.sda", NOW);
    assertEquals(CorrectionState.ACCEPTED, request.getState());
    assertEquals("petugas.sda", request.getDecidedBy());
    assertEquals(MembershipStatus.NON_ACTIVE, membership.getStatus());
    assertEquals(TODAY.minusDays(3), membership.getNonActiveSince());
  }

  @Test
  void refusingNeedsAReasonAndKeepsTheMembershipActive() {
    CorrectionRequest request = submitted(TODAY);
    InvalidValueException blank =
        assertThrows(InvalidValueException.class, () -> request.refuse("  ", "petugas.sda", NOW));
    assertEquals("refusalReason", blank.field());
    assertEquals(CorrectionState.SUBMITTED, request.getState(), "still undecided");
    request.refuse("Surat tidak terbaca.", "petugas.sda", NOW);
    assertEquals(CorrectionState.REFUSED, request.getState());
    assertEquals("Surat tidak terbaca.", request.getRefusalReason());
    assertEquals(MembershipStatus.ACTIVE, membership.getStatus());
    assertNull(membership.getNonActiveSince());
  }

  @Test
  void aDecidedRequestIsNeverDecidedAgain() {
    CorrectionRequest accepted = submitted(TODAY);
    accepted.accept("petugas.sda", NOW);
    assertThrows(IllegalStateException.class, () -> accepted.accept("petugas.sda", NOW));
    assertThrows(IllegalStateException.class, () -> accepted.refuse("x", "petugas.sda", NOW));
    CorrectionRequest refused = submitted(TODAY);
    refused.refuse("Surat tidak terbaca.", "petugas.sda", NOW);
    assertThrows(IllegalStateException.class, () -> refused.accept("petugas.sda", NOW));
    assertEquals(CorrectionState.REFUSED, refused.getState());
  }

  @Test
  void theStatementAndTheLettersDateAreChecked() {
    assertEquals(
        "letterDate", assertThrows(InvalidValueException.class, () -> submitted(null)).field());
    assertEquals(
        "correction.letterDate.future",
        assertThrows(InvalidValueException.class, () -> submitted(TODAY.plusDays(1)))
            .message()
            .key());
    assertEquals(
        "correction.letterDate.beforeStart",
        assertThrows(InvalidValueException.class, () -> submitted(LocalDate.of(2022, 9, 30)))
            .message()
            .key());
    assertEquals(
        "statement",
        assertThrows(
                InvalidValueException.class,
                () ->
                    CorrectionRequest.membershipStatus(membership, " ", TODAY, LETTER, NOW, TODAY))
            .field());
    assertEquals(
        "correction.text.tooLong",
        assertThrows(
                InvalidValueException.class,
                () ->
                    CorrectionRequest.membershipStatus(
                        membership, "x".repeat(501), TODAY, LETTER, NOW, TODAY))
            .message()
            .key());
  }

  private static final CorrectionReference REFERENCE = CorrectionReference.typed("ABCDE-23456");
  private static final StoredEvidence PHOTO =
      new StoredEvidence("ektp.jpg", "fedcba9876543210fedcba9876543210", "image/jpeg");

  private CorrectionRequest identity(String name, LocalDate birthDate) {
    return CorrectionRequest.identityData(
        membership, new EktpData(name, birthDate), "Salah eja.", PHOTO, REFERENCE, NOW, TODAY);
  }

  @Test
  void anIdentityRequestKeepsBothSidesAndLeavesTheRegistryAlone() {
    CorrectionRequest request = identity("Rina  Kusumawaty", LocalDate.of(1993, 8, 22));
    assertEquals(CorrectionKind.IDENTITY_DATA, request.getKind());
    assertEquals(CorrectionState.SUBMITTED, request.getState());
    assertEquals("Rina Kusumawaty", request.getClaimedName());
    assertEquals("Rina Kusumawati", request.getRegistryName());
    assertEquals(LocalDate.of(1993, 8, 22), request.getRegistryBirthDate());
    assertEquals("Rina Kusumawati", membership.getParticipant().getFullName().value(), "not yet");
  }

  @Test
  void acceptingAnIdentityRequestCorrectsTheRegistryAndLiftsTheLockTheOldDataCaused() {
    Participant rina = membership.getParticipant();
    rina.recordFailedAttempt(NOW, 3, java.time.Duration.ofHours(24));
    rina.recordFailedAttempt(NOW, 3, java.time.Duration.ofHours(24));
    rina.recordFailedAttempt(NOW, 3, java.time.Duration.ofHours(24));
    assertEquals(true, rina.isLockedAt(NOW));
    CorrectionRequest request = identity("Rina Kusumawaty", LocalDate.of(1993, 8, 22));
    request.accept("petugas.sda", NOW);
    assertEquals(CorrectionState.ACCEPTED, request.getState());
    assertEquals("Rina Kusumawaty", rina.getFullName().value());
    assertEquals(false, rina.isLockedAt(NOW));
    assertEquals(MembershipStatus.ACTIVE, membership.getStatus(), "the membership untouched");
    assertThrows(IllegalStateException.class, () -> request.refuse("x", "petugas.sda", NOW));
  }

  @Test
  void refusingAnIdentityRequestLeavesTheRegistryAsItWas() {
    CorrectionRequest request = identity("Rina Kusumawaty", LocalDate.of(1993, 8, 22));
    request.refuse("Foto e-KTP tidak terbaca.", "petugas.sda", NOW);
    assertEquals(CorrectionState.REFUSED, request.getState());
    assertEquals("Rina Kusumawati", membership.getParticipant().getFullName().value());
    assertThrows(IllegalStateException.class, () -> request.accept("petugas.sda", NOW));
  }

  @Test
  void anIdentityRequestMustDifferFromTheRegistryAndAgreeWithTheNik() {
    assertEquals(
        "correction.ektp.sameAsRegistry",
        assertThrows(
                InvalidValueException.class,
                () -> identity("RINA kusumawati", LocalDate.of(1993, 8, 22)))
            .message()
            .key());
    assertEquals(
        "correction.ektpBirthDate.notNik",
        assertThrows(
                InvalidValueException.class,
                () -> identity("Rina Kusumawati", LocalDate.of(1993, 8, 21)))
            .message()
            .key());
    assertEquals(
        "birthDate",
        assertThrows(InvalidValueException.class, () -> identity("Rina", null)).field());
    assertEquals(
        "fullName",
        assertThrows(InvalidValueException.class, () -> identity(" . ", LocalDate.of(1993, 8, 22)))
            .field());
    assertEquals(
        "correction.ektpBirthDate.future",
        assertThrows(InvalidValueException.class, () -> identity("Rina", TODAY.plusDays(1)))
            .message()
            .key());
  }

  @Test
  void theReferenceIsTypedFreelyAndStoredOnlyAsItsHash() {
    CorrectionReference typed = CorrectionReference.typed(" abcde-23456 ");
    assertEquals("ABCDE23456", typed.value());
    assertEquals("ABCDE-23456", typed.shown());
    assertEquals(64, typed.hash().length());
    assertEquals(typed.hash(), CorrectionReference.typed("ABCDE23456").hash());
    assertEquals(
        "reference",
        assertThrows(InvalidValueException.class, () -> CorrectionReference.typed("ABCDE-2345O"))
            .field());
    CorrectionReference generated = CorrectionReference.generate(new java.security.SecureRandom());
    assertEquals(generated, CorrectionReference.typed(generated.shown()));
  }
}
