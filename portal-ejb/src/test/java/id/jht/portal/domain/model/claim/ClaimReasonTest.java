package id.jht.portal.domain.model.claim;

import static id.jht.portal.domain.model.claim.DocumentType.DEATH_CERTIFICATE;
import static id.jht.portal.domain.model.claim.DocumentType.HEIRSHIP_PROOF;
import static id.jht.portal.domain.model.claim.DocumentType.HEIR_KTP;
import static id.jht.portal.domain.model.claim.DocumentType.KK;
import static id.jht.portal.domain.model.claim.DocumentType.KTP;
import static id.jht.portal.domain.model.claim.DocumentType.NPWP;
import static id.jht.portal.domain.model.claim.DocumentType.PAKLARING;
import static id.jht.portal.domain.model.claim.DocumentType.PHOTO;
import static id.jht.portal.domain.model.claim.DocumentType.SAVINGS_BOOK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ClaimReasonTest {

  @Test
  void theElevenReasonsOfThePortal() {
    assertEquals(
        List.of(
            "RETIREMENT_AGE",
            "RETIREMENT_AGREEMENT",
            "CONTRACT_END",
            "SELF_EMPLOYED_STOPPED",
            "RESIGNATION",
            "TERMINATION",
            "LEAVING_INDONESIA",
            "TOTAL_DISABILITY",
            "DEATH",
            "PARTIAL_OTHER",
            "PARTIAL_HOUSING"),
        Arrays.stream(ClaimReason.values()).map(Enum::name).toList());
  }

  @ParameterizedTest
  @CsvSource({"PARTIAL_OTHER, 10", "PARTIAL_HOUSING, 30", "RESIGNATION, 100", "DEATH, 100"})
  void shareOfTheBalance(ClaimReason reason, int percent) {
    assertEquals(percent, reason.sharePercent());
  }

  @ParameterizedTest
  @EnumSource(
      value = ClaimReason.class,
      names = {"PARTIAL_OTHER", "PARTIAL_HOUSING"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyOtherReasonPaysTheWholeBalance(ClaimReason reason) {
    assertEquals(100, reason.sharePercent());
    assertFalse(reason.isPartial());
  }

  @Test
  void onlyTheTwoPartialClaimsArePartial() {
    assertTrue(ClaimReason.PARTIAL_OTHER.isPartial());
    assertTrue(ClaimReason.PARTIAL_HOUSING.isPartial());
  }

  @Test
  void resignationNeedsThePaklaringAfterTheCommonDocuments() {
    assertEquals(
        List.of(KTP, KK, SAVINGS_BOOK, PHOTO, PAKLARING),
        ClaimReason.RESIGNATION.requiredDocuments(false));
    assertEquals(
        List.of(KTP, KK, SAVINGS_BOOK, PHOTO, PAKLARING, NPWP),
        ClaimReason.RESIGNATION.requiredDocuments(true));
  }

  @Test
  void deathNeedsTheHeirsDocuments() {
    assertEquals(
        List.of(KTP, KK, SAVINGS_BOOK, PHOTO, HEIR_KTP, DEATH_CERTIFICATE, HEIRSHIP_PROOF),
        ClaimReason.DEATH.requiredDocuments(false));
  }

  @Test
  void retirementAgeNeedsOnlyTheCommonDocuments() {
    assertEquals(
        List.of(KTP, KK, SAVINGS_BOOK, PHOTO), ClaimReason.RETIREMENT_AGE.requiredDocuments(false));
  }

  @ParameterizedTest
  @EnumSource(ClaimReason.class)
  void npwpIsRequiredOrOptionalButNeverBoth(ClaimReason reason) {
    List<DocumentType> required = reason.requiredDocuments(true);
    assertEquals(ClaimReason.COMMON_DOCUMENTS, required.subList(0, 4));
    assertEquals(NPWP, required.get(required.size() - 1));
    assertEquals(1, required.stream().filter(NPWP::equals).count());
    assertEquals(List.of(), reason.optionalDocuments(true));

    assertFalse(reason.requiredDocuments(false).contains(NPWP));
    assertEquals(List.of(NPWP), reason.optionalDocuments(false));
  }

  @Test
  void everyDocumentTypeIsAskedForBySomeReason() {
    Set<DocumentType> used = EnumSet.noneOf(DocumentType.class);
    for (ClaimReason reason : ClaimReason.values()) {
      used.addAll(reason.requiredDocuments(true));
    }
    assertEquals(EnumSet.allOf(DocumentType.class), used);
  }

  @Test
  void labelKeys() {
    assertEquals("reason.RESIGNATION", ClaimReason.RESIGNATION.messageKey());
    assertEquals("document.PAKLARING", PAKLARING.messageKey());
  }
}
