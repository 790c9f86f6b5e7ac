package bench;

import id.jht.portal.application.document.InspectionResult;
import id.jht.portal.application.receipt.ReceiptContent;
import id.jht.portal.infrastructure.document.DocumentInspector;
import id.jht.portal.infrastructure.document.UploadLimits;
import id.jht.portal.infrastructure.receipt.ReceiptRenderer;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Two parts of a whole claim measured alone, in-process, on the portal's own classes: the document
 * inspection of the four files a Gatling claim uploads ({@link DocumentInspector#inspect}, as the
 * node builds it without a malware scanner: the bench node has no clamd), and the rendering of one
 * queue receipt ({@link ReceiptRenderer}). Each is warmed up first for as long as it is measured
 * (the node is warm too), then run for the given seconds on one thread; the CPU per operation is
 * the process's CPU time over the measured loop (garbage collection and compilation included, as on
 * the node) divided by the operations, with the measuring thread's own CPU time next to it.
 *
 * <p>Usage: {@code ClaimPartsBench <files dir> <seconds> [file ...]}; the files default to
 * photo-1mb.jpg four times (WholeClaimSimulation's uploads). Prints one JSON line.
 */
public final class ClaimPartsBench {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int seconds = Integer.parseInt(args[1]);
    List<String> names =
        args.length > 2
            ? List.of(args).subList(2, args.length)
            : List.of("photo-1mb.jpg", "photo-1mb.jpg", "photo-1mb.jpg", "photo-1mb.jpg");
    byte[][] files = new byte[names.size()][];
    for (int i = 0; i < files.length; i++) {
      files[i] = Files.readAllBytes(dir.resolve(names.get(i)));
    }
    Path work = Files.createTempDirectory("claim-parts");
    DocumentInspector inspector = new DocumentInspector(UploadLimits.defaults());
    ReceiptRenderer renderer = new ReceiptRenderer();

    Operation inspectSet = () -> inspectAll(inspector, names, files, work);
    Operation receipt = () -> renderer.render(receiptContent());
    measure(inspectSet, Math.max(2, seconds));
    Cost inspection = measure(inspectSet, seconds);
    measure(receipt, Math.max(2, seconds));
    Cost receipts = measure(receipt, seconds);
    System.out.printf(
        "{\"tool\":\"in-process harness\",\"files\":\"%s\",\"inspection_sets\":%d,"
            + "\"inspection_cpu_ms\":%.2f,\"inspection_thread_cpu_ms\":%.2f,\"receipts\":%d,"
            + "\"receipt_cpu_ms\":%.2f,\"receipt_thread_cpu_ms\":%.2f}%n",
        String.join("+", names),
        inspection.operations,
        inspection.processMs,
        inspection.threadMs,
        receipts.operations,
        receipts.processMs,
        receipts.threadMs);
  }

  /** One claim's documents: each file inspected as the upload endpoint does, accepted or failed. */
  private static void inspectAll(
      DocumentInspector inspector, List<String> names, byte[][] files, Path work) throws Exception {
    for (int i = 0; i < files.length; i++) {
      InspectionResult result =
          inspector.inspect(names.get(i), "image/jpeg", new ByteArrayInputStream(files[i]), work);
      if (!(result instanceof InspectionResult.Accepted accepted)) {
        throw new IllegalStateException(names.get(i) + " was not accepted: " + result);
      }
      Files.deleteIfExists(accepted.tempFile());
    }
  }

  /** A receipt as a whole claim's booking gives: four fields, the documents to bring, the code. */
  private static ReceiptContent receiptContent() {
    String booking = "Kode pemesanan / Booking code";
    String code = "H4WT-9PLC-R2";
    List<ReceiptContent.Field> fields =
        List.of(
            new ReceiptContent.Field(booking, code),
            new ReceiptContent.Field("Nama / Name", "Budi Hartono"),
            new ReceiptContent.Field(
                "Kantor cabang / Branch office", "Kantor Cabang Surabaya Darmo"),
            new ReceiptContent.Field("Jadwal / Schedule", "Selasa, 8 Desember 2026, sesi A"));
    List<String> bring = List.of("e-KTP", "Kartu Keluarga", "Buku tabungan", "Pas foto");
    return new ReceiptContent(
        "Tanda terima pemesanan antrean / Queue booking receipt",
        "Klaim JHT daring",
        "Nomor antrean / Queue number",
        "SDA-261208-A042",
        fields,
        "Bawa dokumen asli / Bring the originals",
        bring,
        code,
        booking,
        List.of("Jangan bagikan kode pemesanan."));
  }

  private static Cost measure(Operation op, int seconds) throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    long process0 = processCpuNanos();
    long thread0 = THREADS.getCurrentThreadCpuTime();
    int n = 0;
    while (System.nanoTime() < deadline || n == 0) {
      op.run();
      n++;
    }
    long thread = THREADS.getCurrentThreadCpuTime() - thread0;
    long process = processCpuNanos() - process0;
    return new Cost(n, process / 1e6 / n, thread / 1e6 / n);
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private interface Operation {
    void run() throws Exception;
  }

  private record Cost(int operations, double processMs, double threadMs) {}
}
