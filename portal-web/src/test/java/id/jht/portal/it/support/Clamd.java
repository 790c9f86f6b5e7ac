package id.jht.portal.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real ClamAV daemon for the integration tests, with a signature database the tests write
 * themselves (our machines cannot download ClamAV's): the EICAR test string and one marker of our
 * own. Started once per test JVM when nothing answers on {@code it.clamd.port}, stopped with the
 * JVM; a test may stop it to see the portal fail closed, and start it again.
 */
public final class Clamd {

  /** The standard anti-virus test file (harmless by design; every scanner detects it). */
  public static final String EICAR =
      "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

  /** A string only our own signature detects, to prove clamd reads the database we wrote. */
  public static final String OWN_MARKER = "JHT-PORTAL-IT-MALWARE-MARKER-5E1C";

  private static final String BINARY = "/usr/sbin/clamd";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static Process process;

  private Clamd() {}

  public static int port() {
    return Integer.parseInt(System.getProperty("it.clamd.port", "13310"));
  }

  /** Starts clamd unless one answers already; returns once it answers PING. */
  public static synchronized void ensureRunning() {
    if (answers()) {
      return;
    }
    if (!Files.isExecutable(Path.of(BINARY))) {
      throw new IllegalStateException(
          BINARY + " is missing: run scripts/test-env.sh (installs Debian's clamav-daemon)");
    }
    Path dir = prepare();
    try {
      process =
          new ProcessBuilder(BINARY, "-c", dir.resolve("clamd.conf").toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("clamd.out").toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start clamd", e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(Clamd::stop));
    try {
      Awaitility.await()
          .atMost(START_TIMEOUT)
          .pollInterval(Duration.ofMillis(200))
          .until(() -> !process.isAlive() || answers());
    } catch (ConditionTimeoutException timeout) {
      // fall through to the message below
    }
    if (!answers()) {
      throw new IllegalStateException(
          "clamd did not answer on port " + port() + "; see " + dir.resolve("clamd.out"));
    }
  }

  /** Stops the clamd this JVM started and waits until the port no longer answers. */
  public static synchronized void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    process = null;
  }

  /** Whether a clamd answers PONG on the port now. */
  public static boolean answers() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port()), 500);
      socket.setSoTimeout(2000);
      OutputStream out = socket.getOutputStream();
      out.write("zPING\0".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] reply = in.readNBytes(4);
      return "PONG".equals(new String(reply, StandardCharsets.US_ASCII));
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes the signature database and the configuration under target/clamd. */
  private static Path prepare() {
    try {
      Path dir = Files.createDirectories(Path.of("target", "clamd").toAbsolutePath());
      Path db = Files.createDirectories(dir.resolve("db"));
      Files.writeString(
          db.resolve("portal-test.ndb"),
          signature("Test.EICAR.Body", "EICAR-STANDARD-ANTIVIRUS-TEST-FILE")
              + signature("Test.JhtPortal.Marker", OWN_MARKER));
      Files.writeString(
          dir.resolve("clamd.conf"),
          String.join(
              "\n",
              "DatabaseDirectory " + db,
              "TCPSocket " + port(),
              "TCPAddr 127.0.0.1",
              "Foreground yes",
              "LogTime yes",
              ""));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line of ClamAV's extended signature format: name, any file type, any offset, hex. */
  private static String signature(String name, String body) {
    return name
        + ":0:*:"
        + HexFormat.of().formatHex(body.getBytes(StandardCharsets.US_ASCII))
        + "\n";
  }
}
