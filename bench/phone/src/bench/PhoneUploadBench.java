package bench;

import id.jht.portal.infrastructure.demo.DemoCase;
import id.jht.portal.infrastructure.demo.DemoDataset;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.it.pages.HomePage;
import id.jht.portal.it.pages.IdentityPage;
import id.jht.portal.it.pages.WizardPages;
import id.jht.portal.it.support.Browser;
import id.jht.portal.it.support.Network;
import id.jht.portal.it.support.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Uploads phone photos through the real documents step in headless Chromium, as a participant on a
 * weak line: mobile emulation at 360 px, "Good 3G" (1.5 Mbit/s down, 750 kbit/s up, 40 ms) and a 4x
 * CPU slowdown. Each photo goes twice in the same run: "before" (a browser that cannot fit photos,
 * without chunks: what the step did before issue 10) and "after" (fitted and chunked), then once
 * more with the line cut for 5 s halfway. The browser talks to the portal through a byte-counting
 * relay on loopback, so "bytes on the wire" is what Chromium really sent, headers and form fields
 * included; chunk bytes come from the portal's own count.
 *
 * <p>Arguments: the portal's port, the output file (one JSON object per line).
 */
public final class PhoneUploadBench {

  private static final Duration ANSWER_LIMIT = Duration.ofMinutes(4);

  private PhoneUploadBench() {}

  public static void main(String[] args) throws Exception {
    int portalPort = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Path photo12 = TestFiles.phonePhoto("IMG_20261207_091500.jpg", 4000, 3000);
    Path photo1 = TestFiles.phonePhoto("IMG_20261207_091700.jpg", 1600, 1200);
    List<String> rows = new ArrayList<>();
    try (Relay relay = new Relay(portalPort)) {
      String base = "http://127.0.0.1:" + relay.port() + "/";
      String portal = "http://127.0.0.1:" + portalPort + "/";
      ChromeDriver driver = Browser.phone();
      try {
        toDocuments(driver, base);
        driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
        rows.add(upload(driver, relay, portal, "photo_12mp_before", "PHOTO", photo12, false, 0));
        rows.add(upload(driver, relay, portal, "photo_12mp_after", "KTP", photo12, true, 0));
        rows.add(upload(driver, relay, portal, "photo_1mb_before", "KK", photo1, false, 0));
        rows.add(upload(driver, relay, portal, "photo_1mb_after", "SAVINGS_BOOK", photo1, true, 0));
        long fitted = chunkBytesOf(rows.get(1));
        rows.add(upload(driver, relay, portal, "photo_12mp_cut", "PAKLARING", photo12, true, fitted));
      } finally {
        driver.quit();
      }
    }
    Files.write(out, rows);
    rows.forEach(System.out::println);
  }

  /**
   * One upload into a slot; {@code fittedBytes} > 0 takes the line down for 5 s once half that many
   * bytes went up the wire.
   */
  private static String upload(
      ChromeDriver driver,
      Relay relay,
      String portal,
      String id,
      String slot,
      Path file,
      boolean fitAndChunk,
      long fittedBytes)
      throws Exception {
    // Kept once, so the "after" uploads get the browser's own back.
    driver.executeScript(
        "window.benchImageBitmap = window.benchImageBitmap || window.createImageBitmap;"
            + "window.createImageBitmap = window.benchImageBitmap;");
    // The slot's widget as the page drew it: an answer redraws only its own slot, so a widget a
    // "before" upload changed keeps the change; the chunk size the page gave is restored first.
    driver.executeScript(
        "Object.values(PrimeFaces.widgets).forEach(function (w) {"
            + "  if (w instanceof PrimeFaces.widget.FileUpload) {"
            + "    window.benchChunkSize = window.benchChunkSize || w.cfg.maxChunkSize;"
            + "    w.cfg.maxChunkSize = window.benchChunkSize;"
            + "    w.jq.fileupload('option', 'maxChunkSize', window.benchChunkSize); } });");
    if (!fitAndChunk) {
      // A browser without createImageBitmap sends photos as they are (photo-fit.js), and a widget
      // without a chunk size sends the file in one request: the step as it was.
      driver.executeScript(
          "window.createImageBitmap = undefined;"
              + "Object.values(PrimeFaces.widgets).forEach(function (w) {"
              + "  if (w instanceof PrimeFaces.widget.FileUpload) {"
              + "    w.cfg.maxChunkSize = 0; w.jq.fileupload('option', 'maxChunkSize', undefined); } });");
    }
    Network.goodThreeG(driver);
    driver.executeScript(PHASES_HOOK);
    long chunks0 = Network.chunkBytesReceived(portal);
    long up0 = relay.up.get();
    long start = System.nanoTime();
    WebElement section = driver.findElement(By.id("slot-" + slot));
    section
        .findElement(By.cssSelector("input[type='file']"))
        .sendKeys(file.toAbsolutePath().toString());
    if (fittedBytes > 0) {
      long deadline = System.nanoTime() + ANSWER_LIMIT.toNanos();
      // Halfway on the wire (the relay's count), so the cut falls inside a chunk in flight; the
      // portal's count of whole chunks received would lag behind by up to a chunk.
      while (relay.up.get() - up0 < fittedBytes / 2) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the upload never reached half");
        }
        Thread.sleep(50);
      }
      Network.offline(driver);
      Thread.sleep(5000);
      Network.goodThreeG(driver);
    }
    // Polled every 20 ms: the usual 500 ms would add up to half a second to the figure.
    new WebDriverWait(driver, ANSWER_LIMIT, Duration.ofMillis(20))
        .until(d -> Browser.isGone(section));
    double wallSeconds = (System.nanoTime() - start) / 1e9;
    String phases = (String) driver.executeScript(PHASES_READ);
    double seconds = inPageSeconds(phases).orElse(wallSeconds);
    Browser.waitForFaces(driver);
    Network.unthrottled(driver);
    WizardPages wizard = new WizardPages(driver);
    boolean stored = wizard.slotHasFile(slot);
    long wire = relay.up.get() - up0;
    long chunkBytes = Network.chunkBytesReceived(portal) - chunks0;
    return String.format(
        java.util.Locale.ROOT,
        "{\"id\":\"%s\",\"file_bytes\":%d,\"stored\":%b,\"seconds\":%.2f,"
            + "\"wall_seconds\":%.2f,\"wire_up_bytes\":%d,"
            + "\"chunk_bytes\":%d,\"fitted_bytes\":%d,\"phases\":%s,\"answer\":\"%s\"}",
        id,
        Files.size(file),
        stored,
        seconds,
        wallSeconds,
        wire,
        chunkBytes,
        fittedBytes,
        phases,
        wizard.slotStatus(slot).replace("\"", "'"));
  }

  /**
   * Where an upload's seconds go, read in the page, in ms from the moment the file was chosen: when
   * the (fitted) file was handed to the widget, each chunk sent and answered, each upload request's
   * start, first answer byte and end (Resource Timing), and the last ajax completion.
   */
  private static final String PHASES_HOOK =
      "performance.clearResourceTimings(); var p = window.benchPhases = {t0: performance.now(), chunks: []};"
          + "document.addEventListener('change', function () {"
          + "  if (!window.benchPhases.chosen) { window.benchPhases.chosen = performance.now(); } }, true);"
          + "if (!window.benchHooked) { window.benchHooked = true;"
          + "  var proto = PrimeFaces.widget.FileUpload.prototype, add = proto.addFileToRow;"
          + "  proto.addFileToRow = function (f, d) { window.benchPhases.added = performance.now();"
          + "    return add.apply(this, arguments); };"
          + "  jQuery(document).on('fileuploadchunksend', function () {"
          + "    window.benchPhases.chunks.push(['send', performance.now()]); });"
          + "  jQuery(document).on('fileuploadchunkdone', function () {"
          + "    window.benchPhases.chunks.push(['done', performance.now()]); });"
          + "  jQuery(document).on('pfAjaxComplete', function () {"
          + "    window.benchPhases.ajaxComplete = performance.now(); }); }";

  private static final String PHASES_READ =
      "var p = window.benchPhases || {}; var t0 = p.t0 || 0;"
          + "var r = function (x) { return x === undefined ? null : Math.round(x - t0); };"
          + "var reqs = performance.getEntriesByType('resource')"
          + "  .filter(function (e) { return e.initiatorType === 'xmlhttprequest'; })"
          + "  .map(function (e) { return [r(e.startTime), r(e.responseStart), r(e.responseEnd),"
          + "    e.encodedBodySize]; });"
          + "return JSON.stringify({chosen: r(p.chosen), added: r(p.added), requests: reqs,"
          + "  chunks: (p.chunks || []).map(function (c) { return [c[0], r(c[1])]; }),"
          + "  ajaxComplete: r(p.ajaxComplete),"
          + "  answered: r(performance.now())});";

  /**
   * Seconds from the participant's choice (the file input's change event) until the answer is drawn
   * (the last Faces Ajax completion), both read in the page: the driver's own delays (handing the
   * file to the input, polling for the answer) are not the participant's.
   */
  private static java.util.Optional<Double> inPageSeconds(String phases) {
    java.util.regex.Matcher chosen =
        java.util.regex.Pattern.compile("\"chosen\":(\\d+)").matcher(phases);
    java.util.regex.Matcher drawn =
        java.util.regex.Pattern.compile("\"ajaxComplete\":(\\d+)").matcher(phases);
    if (!chosen.find() || !drawn.find()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        (Long.parseLong(drawn.group(1)) - Long.parseLong(chosen.group(1))) / 1000.0);
  }

  private static long chunkBytesOf(String row) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"chunk_bytes\":(\\d+)").matcher(row);
    if (!m.find()) {
      throw new IllegalStateException(row);
    }
    return Long.parseLong(m.group(1));
  }

  /** Identity, reason and contact of today's demo participant who resigned, on to step 4. */
  private static void toDocuments(ChromeDriver driver, String base) {
    ParticipantSeed p =
        DemoDataset.generate(LocalDate.now(ZoneId.of("Asia/Jakarta")))
            .demoParticipant(DemoCase.RESIGNED_ELIGIBLE);
    HomePage home = HomePage.open(driver, base);
    home.switchToIndonesian();
    home.startClaim();
    new IdentityPage(driver)
        .fill(p.nik(), p.memberships().get(0).kpj(), p.fullName(), p.birthDate())
        .submit();
    WizardPages wizard = new WizardPages(driver);
    wizard.chooseReason("RESIGNATION").next();
    wizard.fillContact("bench@example.com", p).next();
    if (!"/claim/documents.xhtml".equals(wizard.currentPath())) {
      throw new IllegalStateException("not on the documents step: " + wizard.mainText());
    }
  }

  /** A loopback relay that counts the bytes the browser sends (up) and receives (down). */
  static final class Relay implements AutoCloseable {
    final AtomicLong up = new AtomicLong();
    final AtomicLong down = new AtomicLong();
    private final ServerSocket server;
    private final int target;

    Relay(int target) throws IOException {
      this.target = target;
      this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread acceptor = new Thread(this::accept, "relay-accept");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return server.getLocalPort();
    }

    private void accept() {
      while (!server.isClosed()) {
        try {
          Socket client = server.accept();
          Socket portal = new Socket(InetAddress.getLoopbackAddress(), target);
          pump(client, portal, up);
          pump(portal, client, down);
        } catch (IOException closed) {
          return;
        }
      }
    }

    private static void pump(Socket from, Socket to, AtomicLong counter) {
      Thread t =
          new Thread(
              () -> {
                byte[] buffer = new byte[16 * 1024];
                try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                  for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    counter.addAndGet(n);
                    out.write(buffer, 0, n);
                  }
                } catch (IOException closed) {
                  // either side went away
                } finally {
                  closeQuietly(from);
                  closeQuietly(to);
                }
              },
              "relay-pump");
      t.setDaemon(true);
      t.start();
    }

    private static void closeQuietly(Socket socket) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // already closed
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }
}
