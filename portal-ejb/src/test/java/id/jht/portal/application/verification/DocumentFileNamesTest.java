package id.jht.portal.application.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentFileNamesTest {

  @Test
  void namesComeFromTheIdAndSlotOnly() {
    assertEquals(
        Optional.of("dokumen-42-savings-book.jpg"),
        DocumentFileNames.fileName(42, "SAVINGS_BOOK", "image/jpeg"));
    assertEquals(
        Optional.of("dokumen-7-kk.pdf"), DocumentFileNames.fileName(7, "KK", "application/pdf"));
    assertEquals(
        Optional.of("dokumen-8-ktp.png"), DocumentFileNames.fileName(8, "KTP", "image/png"));
  }

  @Test
  void anythingOddInTheSlotCannotReachTheHeader() {
    String name = DocumentFileNames.fileName(1, "A\"; x=\r\n/../B", "image/png").orElseThrow();
    assertTrue(name.matches("[a-z0-9.-]+"), name);
  }

  @Test
  void onlyTheTypesTheUploadCheckAcceptsAreServed() {
    assertTrue(DocumentFileNames.servable("application/pdf"));
    assertFalse(DocumentFileNames.servable("text/html"));
    assertFalse(DocumentFileNames.servable("image/svg+xml"));
    assertFalse(DocumentFileNames.servable(null));
    assertEquals(Optional.empty(), DocumentFileNames.fileName(1, "KTP", "text/html"));
  }
}
