package id.jht.portal.application.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {

  private static final Texts VERIFICATION = Texts.of("i18n.verification", "i18n.domain");

  @Test
  void aTextComesFromTheFirstBundleThatHasItInTheSupportedLanguage() {
    assertEquals("e-KTP", VERIFICATION.text(Texts.INDONESIAN, "document.KTP"));
    assertEquals("Identity card (e-KTP)", VERIFICATION.text(Locale.ENGLISH, "document.KTP"));
    assertEquals(
        "Identity card (e-KTP)", VERIFICATION.text(Locale.forLanguageTag("en-AU"), "document.KTP"));
    assertEquals("e-KTP", VERIFICATION.text(Locale.FRENCH, "document.KTP"), "Indonesian else");
    assertEquals("e-KTP", VERIFICATION.text(null, "document.KTP"));
  }

  @Test
  void argumentsArePutIn() {
    assertEquals(
        "Senin, sesi B (10.00-12.00 WITA)",
        Texts.of("i18n.booking")
            .text(Texts.INDONESIAN, "booking.schedule", "Senin", "B", "10.00-12.00 WITA"));
  }

  @Test
  void aMissingKeyIsAnError() {
    MissingResourceException missing =
        assertThrows(
            MissingResourceException.class, () -> VERIFICATION.text(Locale.ENGLISH, "no.such.key"));
    assertEquals("no.such.key", missing.getKey());
  }

  /** Language tags: "id-ID" is the portal's Indonesian ({@link Texts#INDONESIAN}). */
  @ParameterizedTest(name = "{0} in {1} for {2}: {3}")
  @CsvSource({
    "2026-12-24T07:05:00Z, Asia/Jakarta, id-ID, 24 Desember 2026 14.05 WIB",
    "2026-12-24T07:05:00Z, Asia/Jayapura, en, 24 December 2026 16.05 WIT",
    "2026-01-05T01:00:00Z, Asia/Jakarta, id-ID, 5 Januari 2026 08.00 WIB",
    "2026-01-05T01:00:00Z, Asia/Jayapura, en, 5 January 2026 10.00 WIT"
  })
  void timesAreShownInTheBranchZoneWithItsIndonesianLabel(
      Instant instant, ZoneId zone, String languageTag, String expected) {
    assertEquals(expected, Texts.dateTime(instant, zone, Locale.forLanguageTag(languageTag)));
  }

  @Test
  void datesAndZonesAreWrittenAsIndonesiansReadThem() {
    Instant instant = Instant.parse("2026-12-24T07:05:00Z");
    assertEquals(Texts.INDONESIAN, Locale.forLanguageTag("id-ID"));
    assertEquals("24 Desember 2026 14.05 WIB", Texts.dateTime(instant, null, null));
    assertEquals("WITA", Texts.zoneLabel(ZoneId.of("Asia/Makassar")));
    assertEquals("WIB", Texts.zoneLabel(null));
    assertEquals("Kamis, 24 Desember 2026", Texts.day(LocalDate.of(2026, 12, 24), null));
    assertEquals(
        "Thursday, 24 December 2026", Texts.day(LocalDate.of(2026, 12, 24), Locale.ENGLISH));
  }
}
