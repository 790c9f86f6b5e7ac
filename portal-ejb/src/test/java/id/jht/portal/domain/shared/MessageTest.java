package id.jht.portal.domain.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTest {

  @Test
  void keepsKeyAndArgumentsInOrder() {
    LocalDate date = LocalDate.of(2025, 2, 15);
    Message message = Message.of("eligibility.waitingPeriod", date, 3);

    assertEquals("eligibility.waitingPeriod", message.key());
    assertEquals(List.of(date, 3), message.args());
    assertArrayEquals(new Object[] {date, 3}, message.argsArray());
  }

  @Test
  void copiesTheArgumentsSoLaterChangesDoNotLeakIn() {
    List<Object> args = new ArrayList<>(List.of("a"));
    Message message = new Message("k.x", args);
    args.add("b");

    assertEquals(List.of("a"), message.args());
    assertThrows(UnsupportedOperationException.class, () -> message.args().add("c"));
  }

  @Test
  void refusesBlankKeysAndNullArguments() {
    assertThrows(IllegalArgumentException.class, () -> Message.of(" "));
    assertThrows(NullPointerException.class, () -> Message.of(null));
    assertThrows(NullPointerException.class, () -> new Message("k.x", null));
    assertThrows(NullPointerException.class, () -> Message.of("k.x", (Object) null));
  }

  @Test
  void equalMessagesAreEqual() {
    assertEquals(Message.of("k.x", 1), Message.of("k.x", 1));
  }
}
