package id.jht.portal.application.channel;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.jht.portal.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Channel names reach other channels' screens: plain text only, nothing that reads as markup. */
class ChannelNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"aplikasi JMO", "Kantor Cabang (loket)", "Situs web BPJS-TK 2.0", "Ñusa"})
  void plainNamesAreAccepted(String name) {
    assertDoesNotThrow(() -> ChannelKeyService.requireName("displayNameId", name));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<b>JMO</b>",
        "JMO & co",
        "JMO\" onmouseover=\"x",
        "JMO'",
        "javascript:alert(1)",
        "JMO\u0000",
        "`JMO`"
      })
  void markupAndControlsAreRefused(String name) {
    InvalidValueException refused =
        assertThrows(
            InvalidValueException.class,
            () -> ChannelKeyService.requireName("displayNameId", name));
    assertEquals("displayNameId", refused.field());
    assertEquals("pending.channel.namePlainText", refused.message().key());
  }
}
