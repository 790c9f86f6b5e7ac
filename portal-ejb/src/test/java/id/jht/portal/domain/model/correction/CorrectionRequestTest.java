package id.jht.portal.domain.model.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.participant.Gender;
import id.jht.portal.domain.model.participant.Membership;
import id.jht.portal.domain.model.participant.MembershipStatus;
import id.jht.portal.domain.model.participant.Participant;
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
              "3515076208930002",
              "Rina Kusumawati",
              "Surabaya",
              LocalDate.of(1993, 8, 22),
              Gender.FEMALE,
              "Siti Aminah",
              "rina@example.co.id",
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
          "17092635518",
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
}
