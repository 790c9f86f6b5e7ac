package id.jht.portal.application.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

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

  @Test
  void datesAndZonesAreWrittenAsIndonesiansReadThem() {
    Instant instant = Instant.parse("2026-12-24T07:05:00Z");
    assertEquals(
        "24 Desember 2026 14.05 WIB",
        Texts.dateTime(instant, ZoneId.of("Asia/Jakarta"), Texts.INDONESIAN));
    assertEquals(
        "24 December 2026 16.05 WIT",
        Texts.dateTime(instant, ZoneId.of("Asia/Jayapura"), Locale.ENGLISH));
    assertEquals("24 Desember 2026 14.05 WIB", Texts.dateTime(instant, null, null));
    assertEquals("WITA", Texts.zoneLabel(ZoneId.of("Asia/Makassar")));
    assertEquals("WIB", Texts.zoneLabel(null));
    assertEquals("Kamis, 24 Desember 2026", Texts.day(LocalDate.of(2026, 12, 24), null));
    assertEquals(
        "Thursday, 24 December 2026", Texts.day(LocalDate.of(2026, 12, 24), Locale.ENGLISH));
  }
}
