package id.jht.portal.domain.model.participant;

import static id.jht.portal.domain.shared.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.domain.shared.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NikTest {

  /** Jakarta Timur, man born 15 January 1990, sequence 1. */
  private static final String MAN = "3174011501900001";

  /** Same region, woman born 15 January 1990 (15 + 40 = 55), sequence 2. */
  private static final String WOMAN = "3174015501900002";

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  @Nested
  class Valid {

    @Test
    void keepsTheDigits() {
      assertEquals(MAN, Nik.of(MAN).value());
    }

    @Test
    void ignoresSurroundingWhiteSpace() {
      assertEquals(MAN, Nik.of("  " + MAN + "\t").value());
    }

    @Test
    void masksAllButFirstTwoAndLastTwoDigits() {
      assertEquals("31************01", Nik.of(MAN).masked());
    }

    @Test
    void toStringIsMaskedSoItNeverReachesALogInFull() {
      assertEquals("31************01", Nik.of(MAN).toString());
      assertFalse(Nik.of(MAN).toString().contains(MAN));
    }

    @Test
    void equalByValue() {
      assertEquals(Nik.of(MAN), Nik.of(MAN));
      assertEquals(Nik.of(MAN).hashCode(), Nik.of(MAN).hashCode());
      assertNotEquals(Nik.of(MAN), Nik.of(WOMAN));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35",
          "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
          "81", "82", "91", "92", "93", "94", "95", "96", "97"
        })
    void acceptsEveryProvinceCode(String province) {
      assertEquals(province, Nik.of(province + "74011501900001").value().substring(0, 2));
    }
  }

  @Nested
  class Invalid {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void empty(String input) {
      assertInvalid(() -> Nik.of(input), "nik", "nik.empty");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"31740115019000O1", "3174 0115 0190 0001", "3174-011501900001", "\u0661\u0662"})
    void notDigitsOnly(String input) {
      assertInvalid(() -> Nik.of(input), "nik", "nik.notDigits");
    }

    @ParameterizedTest
    @CsvSource({"317401150190001, 15", "31740115019000011, 17", "1, 1"})
    void wrongLengthSaysHowManyDigitsWereGiven(String input, int given) {
      assertInvalid(() -> Nik.of(input), "nik", "nik.wrongLength", given);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "00", "10", "20", "22", "30", "37", "50", "54", "60", "66", "70", "77", "80", "83", "90",
          "98", "99"
        })
    void unknownProvinceNamesTheCode(String province) {
      assertInvalid(
          () -> Nik.of(province + "74011501900001"), "nik", "nik.unknownProvince", province);
    }

    @Test
    void regencyAndDistrictAllZero() {
      assertInvalid(() -> Nik.of("3100001501900001"), "nik", "nik.regionZero");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "000190", // day 0
          "320190", // day 32
          "400190", // 40 is neither a man's nor a woman's day
          "720190", // woman's day 32
          "150090", // month 0
          "151390", // month 13
          "310490", // 31 April
          "300290", // 30 February
          "290290", // 29 February 1990 (no leap year)
          "690291", // woman, 29 February 1991
          "710490" // woman, 31 April
        })
    void invalidBirthDate(String ddmmyy) {
      assertInvalid(() -> Nik.of("317401" + ddmmyy + "0001"), "nik", "nik.invalidBirthDate");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "010190", // first day of a month
          "310190", // man, 31 January
          "410190", // woman, 1 January
          "710190", // woman, 31 January
          "290292", // 29 February 1992
          "690292", // woman, 29 February 1992
          "290200" // 29 February 2000
        })
    void boundaryBirthDatesAreAccepted(String ddmmyy) {
      assertEquals(ddmmyy, Nik.of("317401" + ddmmyy + "0001").value().substring(6, 12));
    }

    @Test
    void sequenceAllZero() {
      assertInvalid(() -> Nik.of("3174011501900000"), "nik", "nik.sequenceZero");
    }
  }

  @Nested
  class BirthDateAndGender {

    @Test
    void dayUnder40IsAMan() {
      assertEquals(Gender.MALE, Nik.of(MAN).gender());
      assertEquals(LocalDate.of(1990, 1, 15), Nik.of(MAN).birthDate(TODAY));
    }

    @Test
    void dayPlus40IsAWoman() {
      assertEquals(Gender.FEMALE, Nik.of(WOMAN).gender());
      assertEquals(LocalDate.of(1990, 1, 15), Nik.of(WOMAN).birthDate(TODAY));
    }

    @Test
    void centuryIsTheLatestNotAfterToday() {
      Nik born05 = Nik.of("3174011501050001");

      assertEquals(LocalDate.of(2005, 1, 15), born05.birthDate(TODAY));
      assertEquals(LocalDate.of(1905, 1, 15), born05.birthDate(LocalDate.of(2004, 6, 1)));
    }

    @Test
    void birthdayTodayIsThisCenturyAndTomorrowIsTheLastOne() {
      Nik bornOn10March25 = Nik.of("3174011003250001");
      Nik bornOn11March25 = Nik.of("3174011103250001");

      assertEquals(LocalDate.of(2025, 3, 10), bornOn10March25.birthDate(TODAY));
      assertEquals(LocalDate.of(1925, 3, 11), bornOn11March25.birthDate(TODAY));
    }

    @Test
    void leapDayOfTheYear2000() {
      assertEquals(LocalDate.of(2000, 2, 29), Nik.of("3174012902000001").birthDate(TODAY));
    }

    @Test
    void matchesDayMonthAndTwoDigitYear() {
      Nik nik = Nik.of(WOMAN);

      assertTrue(nik.matchesBirthDate(LocalDate.of(1990, 1, 15)));
      assertTrue(nik.matchesBirthDate(LocalDate.of(2090, 1, 15)), "the century is not encoded");
      assertFalse(nik.matchesBirthDate(LocalDate.of(1990, 1, 16)));
      assertFalse(nik.matchesBirthDate(LocalDate.of(1990, 2, 15)));
      assertFalse(nik.matchesBirthDate(LocalDate.of(1991, 1, 15)));
      assertFalse(nik.matchesBirthDate(null));
    }
  }

  @Nested
  class Compose {

    @Test
    void buildsTheSameNikAsTypedByHand() {
      assertEquals(Nik.of(MAN), Nik.compose("317401", LocalDate.of(1990, 1, 15), Gender.MALE, 1));
      assertEquals(
          Nik.of(WOMAN), Nik.compose("317401", LocalDate.of(1990, 1, 15), Gender.FEMALE, 2));
    }

    @ParameterizedTest
    @CsvSource({
      "2000-02-29, FEMALE, 9999",
      "1969-12-31, MALE, 1",
      "2004-07-01, FEMALE, 42",
    })
    void roundTripsBirthDateAndGender(LocalDate birthDate, Gender gender, int sequence) {
      Nik nik = Nik.compose("357801", birthDate, gender, sequence);

      assertEquals(birthDate, nik.birthDate(TODAY));
      assertEquals(gender, nik.gender());
      assertEquals(String.format("%04d", sequence), nik.value().substring(12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31740", "3174011", "31740a"})
    void refusesRegionCodesThatAreNotSixDigits(String region) {
      assertThrows(
          IllegalArgumentException.class,
          () -> Nik.compose(region, LocalDate.of(1990, 1, 15), Gender.MALE, 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10000, -1})
    void refusesSequencesOutOfRange(int sequence) {
      assertThrows(
          IllegalArgumentException.class,
          () -> Nik.compose("317401", LocalDate.of(1990, 1, 15), Gender.MALE, sequence));
    }

    @Test
    void reportsAnUnknownProvinceLikeTypedInput() {
      InvalidValueException problem =
          assertInvalid(
              () -> Nik.compose("991234", LocalDate.of(1990, 1, 15), Gender.MALE, 1),
              "nik",
              "nik.unknownProvince",
              "99");
      assertEquals("nik", problem.field());
    }
  }
}
