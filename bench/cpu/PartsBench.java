package benchcpu;

import id.jht.portal.application.receipt.ReceiptContent;
import id.jht.portal.infrastructure.document.DocumentInspector;
import id.jht.portal.infrastructure.receipt.ReceiptRenderer;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Two parts of a whole claim measured alone, in-process, as thread CPU time after a warm-up: the
 * inspection of the claim's four uploads (the portal's DocumentInspector without a malware scanner,
 * as on the bench node) and one receipt (ReceiptRenderer). Prints one JSON line.
 *
 * <p>Usage: {@code PartsBench <file to upload> <work dir> <rounds>}.
 */
public final class PartsBench {

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    Path work = Files.createDirectories(Path.of(args[1]));
    int rounds = Integer.parseInt(args[2]);
    DocumentInspector inspector = new DocumentInspector();
    ReceiptRenderer receipts = new ReceiptRenderer();
    ReceiptContent content = receipt();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < rounds; i++) {
      inspect(inspector, file, work);
      receipts.render(content);
    }
    long t0 = mx.getCurrentThreadCpuTime();
    for (int i = 0; i < rounds; i++) {
      inspect(inspector, file, work);
    }
    long t1 = mx.getCurrentThreadCpuTime();
    for (int i = 0; i < rounds; i++) {
      receipts.render(content);
    }
    long t2 = mx.getCurrentThreadCpuTime();
    System.out.printf(
        "{\"inspection_of_one_file_ms\":%.2f,\"receipt_ms\":%.2f,\"rounds\":%d}%n",
        (t1 - t0) / 1e6 / rounds, (t2 - t1) / 1e6 / rounds, rounds);
  }

  private static void inspect(DocumentInspector inspector, Path file, Path work) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      var result = inspector.inspect("photo.jpg", "image/jpeg", in, work);
      if (!(result instanceof id.jht.portal.application.document.InspectionResult.Accepted a)) {
        throw new IllegalStateException("not accepted: " + result);
      }
      Files.delete(a.tempFile());
    }
  }

  private static ReceiptContent receipt() {
    return new ReceiptContent(
        "Tanda terima pemesanan antrean",
        "Queue booking receipt",
        "Nomor antrean / Queue number",
        "SDA-071226-A017",
        List.of(
            new ReceiptContent.Field("Kode pemesanan", "K7Q2-M9XW"),
            new ReceiptContent.Field("Kantor cabang", "Kantor Cabang Sidoarjo"),
            new ReceiptContent.Field("Alamat", "Jl. Jenderal Ahmad Yani No. 1\nSidoarjo, Jawa Timur"),
            new ReceiptContent.Field("Tanggal dan sesi", "Senin, 7 Desember 2026, sesi A (08.00-10.00)")),
        "Siapkan untuk panggilan video",
        List.of("e-KTP asli", "Kartu Keluarga", "Buku tabungan", "Kartu peserta BPJS"),
        "K7Q2-M9XW",
        "Kode pemesanan",
        List.of("Jangan berikan kode ini kepada siapa pun.", "Cek status di portal JHT."));
  }
}
