package id.jht.portal.application.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelNameTest {

  @Test
  void aConfiguredNameReplacesTheDefaultWhereverItStands() {
    String pattern = "Klaim JHT di Lapak Asik Kantor Cabang {0}. Buka Lapak Asik lagi.";
    String renamed = ChannelName.rename(pattern, "Klaim Online");
    assertEquals("Klaim JHT di Klaim Online Kantor Cabang {0}. Buka Klaim Online lagi.", renamed);
    assertEquals(
        "Klaim JHT di Klaim Online Kantor Cabang Sidoarjo. Buka Klaim Online lagi.",
        new MessageFormat(renamed).format(new Object[] {"Sidoarjo"}));
  }

  @Test
  void theDefaultNameLeavesTextsAsTheyAre() {
    String text = "Email ini dikirim otomatis oleh Lapak Asik.";
    assertEquals(text, ChannelName.rename(text, ChannelName.DEFAULT));
    assertEquals(null, ChannelName.rename(null, "Klaim Online"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Lapak Asik", "JHT-Online 2.0"})
  void namesThatCannotBreakAPatternAreUsable(String name) {
    assertTrue(ChannelName.usable(name), name);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Lapak {0}", "Lapak 'Asik'", " leading space"})
  void namesThatCouldBreakAPatternAreNot(String name) {
    assertFalse(ChannelName.usable(name), name);
  }

  @Test
  void withoutAServerTheDefaultIsUsed() {
    assertEquals(ChannelName.DEFAULT, ChannelName.get());
  }
}
