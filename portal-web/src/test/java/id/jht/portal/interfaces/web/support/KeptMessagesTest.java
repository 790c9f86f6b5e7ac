package id.jht.portal.interfaces.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.interfaces.http.SealedToken;
import id.jht.portal.interfaces.web.support.KeptMessages.Kept;
import jakarta.faces.application.FacesMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptMessagesTest {

  private static final Instant KEPT_AT = Instant.parse("2026-12-07T09:30:00Z");

  private static Kept kept(String clientId, FacesMessage.Severity severity, String summary) {
    return new Kept(clientId, new FacesMessage(severity, summary, summary));
  }

  @Test
  void everyMessageComesBackAtItsFieldWithSeveritySummaryAndDetail() {
    List<Kept> messages =
        List.of(
            kept(null, FacesMessage.SEVERITY_INFO, "Identitas terkonfirmasi: Siti Nurhaliza."),
            new Kept(
                "contact:email",
                new FacesMessage(FacesMessage.SEVERITY_ERROR, "E-mail salah", "Contoh: a@b.id")),
            kept("identity:nik", FacesMessage.SEVERITY_WARN, "Periksa NIK"),
            kept(null, FacesMessage.SEVERITY_FATAL, "ü ß 日本 — é"));
    KeptMessages.Read read =
        KeptMessages.decode(KeptMessages.encode(KEPT_AT, messages)).orElseThrow();
    assertEquals(KEPT_AT, read.keptAt());
    assertEquals(messages.size(), read.messages().size());
    for (int i = 0; i < messages.size(); i++) {
      Kept sent = messages.get(i);
      Kept back = read.messages().get(i);
      assertEquals(sent.clientId(), back.clientId());
      assertEquals(sent.message().getSeverity(), back.message().getSeverity());
      assertEquals(sent.message().getSummary(), back.message().getSummary());
      assertEquals(sent.message().getDetail(), back.message().getDetail());
    }
    assertNull(read.messages().get(0).clientId(), "a page's message stays the page's");
  }

  @Test
  void bytesItDidNotWriteAreRefused() {
    byte[] bytes =
        KeptMessages.encode(KEPT_AT, List.of(kept("a", FacesMessage.SEVERITY_INFO, "teks")));
    assertTrue(KeptMessages.decode(Arrays.copyOf(bytes, bytes.length - 1)).isEmpty());
    assertTrue(KeptMessages.decode(Arrays.copyOf(bytes, bytes.length + 1)).isEmpty());
    byte[] otherVersion = bytes.clone();
    otherVersion[0] = 9;
    assertTrue(KeptMessages.decode(otherVersion).isEmpty());
    byte[] noSuchSeverity = bytes.clone();
    noSuchSeverity[1 + 8 + 1 + 1 + 2 + 1] = 7;
    assertTrue(KeptMessages.decode(noSuchSeverity).isEmpty());
    assertTrue(KeptMessages.decode(new byte[0]).isEmpty());
  }

  @Test
  void whatDoesNotFitInTheCookieIsDroppedLeastSevereFirstAndTheOrderKept() {
    List<Kept> messages = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      messages.add(kept("f" + i, FacesMessage.SEVERITY_INFO, "info " + i + " " + "x".repeat(100)));
    }
    messages.add(10, kept("e1", FacesMessage.SEVERITY_ERROR, "error one " + "y".repeat(100)));
    messages.add(kept("e2", FacesMessage.SEVERITY_ERROR, "error two " + "y".repeat(100)));

    List<Kept> fitting = MessageCookie.fitting(messages);
    int length = SealedToken.length(KeptMessages.encode(KEPT_AT, fitting).length);
    assertTrue(length <= MessageCookie.MAX_VALUE_CHARS, "cookie value of " + length);
    assertTrue(fitting.size() > 10 && fitting.size() < messages.size(), "" + fitting.size());
    assertTrue(fitting.contains(messages.get(10)) && fitting.contains(messages.get(31)));
    List<Kept> inOrder = new ArrayList<>(messages);
    inOrder.retainAll(fitting);
    assertEquals(inOrder, fitting);
    assertEquals(messages.subList(0, 3), MessageCookie.fitting(messages.subList(0, 3)));
  }
}
