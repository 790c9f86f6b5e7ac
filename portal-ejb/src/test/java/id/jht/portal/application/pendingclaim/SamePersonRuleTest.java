package id.jht.portal.application.pendingclaim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SamePersonRuleTest {

  @Test
  void namesThatDifferOnlyInSpellingDetailsAgree() {
    assertTrue(SamePersonRule.namesAgree("Siti Nurhaliza", "SITI NUR HALIZA"));
    assertTrue(SamePersonRule.namesAgree("Muhammad Ma'ruf", "MUHAMAD MARUF"));
  }

  @Test
  void aDifferentPersonWithTheSameFirstNameDoesNotAgree() {
    assertFalse(SamePersonRule.namesAgree("Siti Aminah", "Siti Rahmawati Kusuma"));
  }

  @Test
  void theThresholdIsSeventyFivePercent() {
    // 12 letters, 3 edits: exactly 75 %.
    assertTrue(SamePersonRule.namesAgree("ABCDEFGHIJKL", "ABCDEFGHIXYZ"));
    // 4 edits: 66 %.
    assertFalse(SamePersonRule.namesAgree("ABCDEFGHIJKL", "ABCDEFGHWXYZ"));
  }

  @Test
  void aMissingNameIsNoEvidenceEitherWay() {
    assertTrue(SamePersonRule.namesAgree(null, "Budi Santoso"));
    assertTrue(SamePersonRule.namesAgree("Budi Santoso", "  "));
    assertTrue(SamePersonRule.namesAgree("Budi Santoso", "..."));
  }
}
