package id.jht.portal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Queued claims ready for an officer's verification, put straight into the test database as if demo
 * participants had gone through the wizard: contact and bank details, a payable amount, and two
 * documents (an e-KTP photo and a two-page Kartu Keluarga PDF) whose files are written into the
 * deployment's document store ({@code it.documents.dir}) the way the store lays them out.
 */
public final class VerificationClaims {

  public static final long PAYABLE = 35_420_150L;
  public static final String ACCOUNT_NUMBER = "1234567890";

  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationClaims() {}

  /** A booked claim and what the tests check against. */
  public record Booked(
      long claimId,
      long ticketId,
      String ticketNumber,
      String bookingCode,
      String nik,
      String fullName,
      String email,
      Map<String, Long> documentIds,
      Map<String, Path> documentFiles) {}

  /** Books {@code count} claims into a session of {@code day}, in queue order. */
  public static List<Booked> book(String branchCode, LocalDate day, String session, int count) {
    List<String> numbers = QueueTickets.book(branchCode, day, session, count);
    List<Booked> booked = new ArrayList<>();
    try (TestTransaction tx = TestTransaction.begin()) {
      int n = 0;
      for (String number : numbers) {
        n++;
        booked.add(complete(tx, number, n));
      }
      tx.commit();
      return booked;
    }
  }

  private static Booked complete(TestTransaction tx, String ticketNumber, int n) {
    Object[] ticket =
        tx.row(
            "SELECT t.id, t.claim_id, t.booking_code, p.nik, p.full_name FROM queue_ticket t"
                + " JOIN claim cl ON cl.id = t.claim_id JOIN participant p ON p.id ="
                + " cl.participant_id WHERE t.ticket_number = ?",
            ticketNumber);
    long ticketId = ((Number) ticket[0]).longValue();
    long claimId = ((Number) ticket[1]).longValue();
    String bookingCode = (String) ticket[2];
    String nik = (String) ticket[3];
    String fullName = (String) ticket[4];
    String email = "verifikasi." + n + "@example.com";
    tx.update(
        "UPDATE claim SET email = ?, phone = '085712340098', bank_code = 'BCA',"
            + " account_number = ?, account_holder = ?, balance_at_submission = ?,"
            + " payable_amount = ? WHERE id = ?",
        email,
        ACCOUNT_NUMBER,
        fullName,
        PAYABLE,
        PAYABLE,
        claimId);
    Map<String, Long> ids = new LinkedHashMap<>();
    Map<String, Path> files = new LinkedHashMap<>();
    Path ktp = TestFiles.jpeg("verifikasi-ktp-" + claimId + ".jpg", 1200, 800);
    Path kk = TestFiles.pdf("verifikasi-kk-" + claimId + ".pdf", 2);
    ids.put("KTP", insertDocument(tx, claimId, "KTP", ktp, "image/jpeg", 1200, 800, null));
    ids.put("KK", insertDocument(tx, claimId, "KK", kk, "application/pdf", null, null, 2));
    files.put("KTP", ktp);
    files.put("KK", kk);
    return new Booked(
        claimId, ticketId, ticketNumber, bookingCode, nik, fullName, email, ids, files);
  }

  private static long insertDocument(
      TestTransaction tx,
      long claimId,
      String type,
      Path file,
      String contentType,
      Integer width,
      Integer height,
      Integer pages) {
    return tx.insert(
        "INSERT INTO claim_document (claim_id, document_type, display_name, storage_key,"
            + " content_type, size_bytes, sha256, width, height, page_count, review_status,"
            + " uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)",
        claimId,
        type,
        file.getFileName().toString(),
        store(file),
        contentType,
        size(file),
        sha256(file),
        width,
        height,
        pages,
        QueueTickets.now());
  }

  /** Copies a file where the portal's document store looks for a key: {@code ab/cd/abcd...}. */
  private static String store(Path file) {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    String key = HexFormat.of().formatHex(random);
    Path dir =
        Path.of(System.getProperty("it.documents.dir"))
            .resolve(key.substring(0, 2))
            .resolve(key.substring(2, 4));
    try {
      Files.createDirectories(dir);
      Files.copy(file, dir.resolve(key));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return key;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
