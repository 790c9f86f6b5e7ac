package id.jht.portal.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.jht.portal.interfaces.web.i18n.Languages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ApiTextsTest {

  @Test
  void machinesReadEnglishUnlessIndonesianIsPreferred() {
    assertEquals(Locale.ENGLISH, ApiTexts.locale(List.of()));
    assertEquals(Locale.ENGLISH, ApiTexts.locale((List<Locale>) null));
    assertEquals(Locale.ENGLISH, ApiTexts.locale(List.of(Locale.FRENCH)));
    assertEquals(
        Languages.INDONESIAN,
        ApiTexts.locale(List.of(Locale.forLanguageTag("id-ID"), Locale.ENGLISH)));
    assertEquals(
        Locale.ENGLISH, ApiTexts.locale(List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))));
  }

  @Test
  void errorsUseTheDomainsAndTheRegistrysTexts() {
    assertEquals(
        "NIK harus terdiri dari 16 digit, sedangkan yang Anda masukkan 3 digit.",
        ApiTexts.text(Languages.INDONESIAN, "nik.wrongLength", 3));
    assertEquals(
        "This channel has reached its limit of 600 requests per minute. Retry after 17 seconds.",
        ApiTexts.text(Locale.ENGLISH, "pending.api.rateLimited", "600", "17"));
  }

  @Test
  void anUnknownKeyIsShownAsItselfRatherThanFailing() {
    assertEquals("no.such.key", ApiTexts.text(Locale.ENGLISH, "no.such.key"));
  }
}
