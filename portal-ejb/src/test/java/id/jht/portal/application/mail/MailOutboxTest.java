package id.jht.portal.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MailOutboxTest {

  @Test
  void subjectsAreCutToTheColumnSize() {
    assertEquals(200, MailOutbox.truncate("x".repeat(250), MailOutbox.MAX_SUBJECT).length());
    assertEquals("short", MailOutbox.truncate("short", MailOutbox.MAX_SUBJECT));
    assertEquals("", MailOutbox.truncate(null, MailOutbox.MAX_SUBJECT));
  }
}
