package id.jht.portal.domain.model.participant;

import static id.jht.portal.domain.shared.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

  private static final double BACK_OFFICE_MINIMUM = 0.75;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Siti Nurhaliza | SITI NURHALIZA",
        "  siti \t  nurhaliza  | SITI NURHALIZA",
        "Ma'ruf Amin | MARUF AMIN",
        "Ma\u2019ruf Amin | MARUF AMIN",
        "M. Ali | M ALI",
        "M.Ali | M ALI",
        "Abdul-Rahman | ABDUL RAHMAN",
        "Jos\u00e9 P\u00e9rez | JOSE PEREZ",
        "Dr. Budi Santoso, S.Kom. | DR BUDI SANTOSO S KOM",
        "Hj. Siti Aminah | HJ SITI AMINAH",
      })
  void normalises(String raw, String expected) {
    assertEquals(expected, PersonName.normalize(raw));
    assertEquals(expected, PersonName.of(raw).normalized());
  }

  @Test
  void keepsTheNameAsTypedWithTidyWhiteSpace() {
    assertEquals("Siti Nurhaliza", PersonName.of("  Siti   Nurhaliza ").value());
    assertEquals("Siti Nurhaliza", PersonName.of("  Siti   Nurhaliza ").toString());
  }

  @Test
  void sameAsComparesNormalisedForms() {
    assertTrue(PersonName.of("siti nurhaliza").sameAs(PersonName.of("SITI  NURHALIZA")));
    assertTrue(PersonName.of("Ma'ruf").sameAs(PersonName.of("MARUF")));
    assertFalse(PersonName.of("Siti Nurhaliza").sameAs(PersonName.of("Siti Nur Haliza")));
  }

  @Test
  void titlesAreNotDropped() {
    assertFalse(PersonName.of("Dr. Budi Santoso").sameAs(PersonName.of("Budi Santoso")));
  }

  @Test
  void splitWordIsSimilar() {
    PersonName registered = PersonName.of("SITI NURHALIZA");
    PersonName typed = PersonName.of("SITI NUR HALIZA");

    assertEquals(1.0 - 1.0 / 15, registered.similarity(typed), 1e-9);
    assertTrue(registered.isSimilarTo(typed, BACK_OFFICE_MINIMUM));
  }

  @Test
  void differentPeopleAreNotSimilar() {
    PersonName budi = PersonName.of("BUDI SANTOSO");
    PersonName agus = PersonName.of("AGUS SALIM");

    assertTrue(budi.similarity(agus) < BACK_OFFICE_MINIMUM, "was " + budi.similarity(agus));
    assertFalse(budi.isSimilarTo(agus, BACK_OFFICE_MINIMUM));
  }

  @Test
  void typicalTyposAreSimilar() {
    assertTrue(
        PersonName.of("Muhamad Rizki")
            .isSimilarTo(PersonName.of("MUHAMMAD RIZKY"), BACK_OFFICE_MINIMUM));
  }

  @Test
  void similarityIsOneForTheSameNormalisedNameAndSymmetric() {
    PersonName a = PersonName.of("Siti Nurhaliza");
    PersonName b = PersonName.of("siti  nurhaliza.");
    PersonName c = PersonName.of("Siti Nur Haliza");

    assertEquals(1.0, a.similarity(b));
    assertEquals(a.similarity(c), c.similarity(a));
  }

  @Test
  void levenshteinCountsEdits() {
    assertEquals(3, PersonName.levenshtein("KITTEN", "SITTING"));
    assertEquals(3, PersonName.levenshtein("", "ABC"));
    assertEquals(0, PersonName.levenshtein("ABC", "ABC"));
  }

  @Test
  void minimumSimilarityMustBeAFraction() {
    PersonName name = PersonName.of("Budi");
    assertThrows(IllegalArgumentException.class, () -> name.isSimilarTo(name, 75));
    assertThrows(IllegalArgumentException.class, () -> name.isSimilarTo(name, -0.1));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", " .,- '"})
  void empty(String input) {
    assertInvalid(() -> PersonName.of(input), "name", "name.empty");
  }
}
