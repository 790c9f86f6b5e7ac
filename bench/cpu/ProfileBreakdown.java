import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the node's CPU went during a JFR recording (settings=profile), read with the stacks it recorded (the
 * `jfr print` summary of bench/report.py sees five frames only). Two views of the same execution
 * samples: by library (the innermost frame that belongs to a known library or to the portal decides)
 * and by stage (the outermost known piece of work on the stack: a Faces phase, an upload's
 * inspection, the allocation, the receipt...). Run as a source file: {@code java
 * ProfileBreakdown.java rec.jfr [top-frames]}. JFR keeps 64 frames of a stack unless the node runs with
 * {@code -XX:FlightRecorderOptions:stackdepth=256}: a Faces request is deeper, so its outer frames
 * (the phase) are often cut off, and its database work then shows without its stage.
 */
public final class ProfileBreakdown {

  /** Innermost frame wins: the first rule (in this order) a frame's class matches. */
  private static final String[][] LIBRARY = {
    {"sun.security.provider.SHA", "SHA-256 (hashing)"},
    {"sun.security.provider.DigestBase", "SHA-256 (hashing)"},
    {"com.sun.crypto.provider", "crypto (HMAC, AES)"},
    {"javax.crypto", "crypto (HMAC, AES)"},
    {"sun.security.provider.NativePRNG", "SecureRandom"},
    {"java.security.SecureRandom", "SecureRandom"},
    {"com.sun.imageio", "ImageIO (image decode/encode)"},
    {"javax.imageio", "ImageIO (image decode/encode)"},
    {"sun.awt", "Java2D (image ops)"},
    {"sun.java2d", "Java2D (image ops)"},
    {"java.awt", "Java2D (image ops)"},
    {"org.apache.pdfbox", "PDFBox"},
    {"org.apache.fontbox", "PDFBox"},
    {"com.google.zxing", "ZXing (QR code)"},
    {"org.apache.tika", "Tika (type detection)"},
    {"id.jht.portal.infrastructure.document", "portal: document checks"},
    {"com.mysql", "Connector/J"},
    {"org.eclipse.persistence", "EclipseLink"},
    {"org.flywaydb", "Flyway"},
    {"com.hazelcast", "Hazelcast"},
    {"fish.payara.nucleus.hazelcast", "Hazelcast"},
    {"jakarta.mail", "mail"},
    {"org.eclipse.angus", "mail"},
    {"com.sun.mail", "mail"},
    {"org.primefaces", "PrimeFaces"},
    {"org.omnifaces", "OmniFaces"},
    {"com.sun.faces", "Mojarra (Faces)"},
    {"jakarta.faces", "Mojarra (Faces)"},
    {"org.glassfish.expressly", "EL"},
    {"com.sun.el", "EL"},
    {"org.glassfish.el", "EL"},
    {"jakarta.el", "EL"},
    {"org.jboss.weld", "Weld (CDI)"},
    {"org.glassfish.jersey", "Jersey (JAX-RS)"},
    {"org.eclipse.yasson", "JSON"},
    {"org.glassfish.json", "JSON"},
    {"org.eclipse.parsson", "JSON"},
    {"java.util.logging", "logging"},
    {"com.sun.enterprise.server.logging", "logging"},
    {"fish.payara.logging", "logging"},
    {"org.apache.catalina.fileupload", "multipart parsing"},
    {"org.apache.catalina", "servlet container"},
    {"org.apache.tomcat", "servlet container"},
    {"org.glassfish.web", "servlet container"},
    {"com.sun.enterprise.web", "servlet container"},
    {"org.glassfish.grizzly", "Grizzly (HTTP I/O)"},
    {"com.sun.enterprise.transaction", "EJB/JTA container"},
    {"com.sun.ejb", "EJB/JTA container"},
    {"org.glassfish.ejb", "EJB/JTA container"},
    {"com.sun.enterprise.resource", "JDBC pool"},
    {"com.sun.gjc", "JDBC pool"},
    {"org.glassfish.resourcebase", "JDBC pool"},
    {"id.jht.portal", "portal code"},
    {"java.util.regex", "regex (JDK)"},
    {"java.util.zip", "zip/inflate (JDK)"},
    {"sun.nio", "NIO/file I/O (JDK)"},
    {"java.nio", "NIO/file I/O (JDK)"},
    {"java.io", "java.io (JDK)"},
  };

  /** Outermost frame wins: the first rule whose method appears on the stack, searched root first. */
  private static final String[][] STAGE = {
    {"id.jht.portal.infrastructure.receipt.ReceiptRenderer", "receipt PDF"},
    {"id.jht.portal.infrastructure.document.DocumentInspector", "upload inspection"},
    {"id.jht.portal.infrastructure.document.DocumentStore", "upload storing"},
    {"id.jht.portal.infrastructure.document.ThumbnailMaker", "thumbnail"},
    {"org.apache.catalina.fileupload", "multipart parsing"},
    {"org.apache.catalina.connector.Request.parseParts", "multipart parsing"},
    {"Mail", "mail"},
    {"com.hazelcast", "Hazelcast (cluster, sessions)"},
    {"fish.payara.nucleus.hazelcast", "Hazelcast (cluster, sessions)"},
    {"TicketAllocator", "queue allocation"},
    {"com.sun.faces.lifecycle.RestoreViewPhase", "Faces: restore view"},
    {"com.sun.faces.lifecycle.ApplyRequestValuesPhase", "Faces: apply/validate/update"},
    {"com.sun.faces.lifecycle.ProcessValidationsPhase", "Faces: apply/validate/update"},
    {"com.sun.faces.lifecycle.UpdateModelValuesPhase", "Faces: apply/validate/update"},
    {"com.sun.faces.lifecycle.InvokeApplicationPhase", "Faces: invoke application (actions)"},
    {"com.sun.faces.lifecycle.RenderResponsePhase", "Faces: render response"},
    {"org.primefaces.application.resource", "PrimeFaces resources"},
    {"com.sun.faces.application.resource", "Faces resources"},
    {"jakarta.faces.webapp.FacesServlet", "Faces: other"},
    {"org.apache.catalina.core.ApplicationFilterChain", "filters before Faces"},
    {"org.glassfish.grizzly", "HTTP I/O"},
    {"org.eclipse.persistence", "EclipseLink (its request phase cut off the stack)"},
    {"com.mysql", "Connector/J (its request phase cut off the stack)"},
  };

  public static void main(String[] args) throws Exception {
    int topN = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    Map<String, Integer> byLibrary = new HashMap<>();
    Map<String, Integer> byStage = new HashMap<>();
    Map<String, Integer> byStageLibrary = new HashMap<>();
    Map<String, Integer> selfFrames = new HashMap<>();
    Map<String, Integer> portalFrames = new HashMap<>();
    Map<String, Integer> threads = new HashMap<>();
    int total = 0;
    int nativeDecode = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      // Native code is sampled apart (jdk.NativeMethodSample, waits included); ImageIO's JPEG
      // decoder works there, so it is counted on its own.
      if (e.getEventType().getName().equals("jdk.NativeMethodSample")
          && e.getStackTrace() != null
          && !e.getStackTrace().getFrames().isEmpty()
          && e.getStackTrace().getFrames().get(0).getMethod().getType().getName().startsWith("com.sun.imageio")) {
        nativeDecode++;
        continue;
      }
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      if (frames.isEmpty()) {
        continue;
      }
      total++;
      List<String> names = new ArrayList<>(frames.size());
      for (RecordedFrame f : frames) {
        names.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
      }
      String library = "other JDK/runtime";
      for (String n : names) {
        String hit = match(LIBRARY, n);
        if (hit != null) {
          library = hit;
          break;
        }
      }
      String stage = "other";
      outer:
      for (String[] rule : STAGE) {
        for (int i = names.size() - 1; i >= 0; i--) {
          if (names.get(i).contains(rule[0])) {
            stage = rule[1];
            break outer;
          }
        }
      }
      byLibrary.merge(library, 1, Integer::sum);
      byStage.merge(stage, 1, Integer::sum);
      byStageLibrary.merge(stage + " / " + library, 1, Integer::sum);
      selfFrames.merge(names.get(0), 1, Integer::sum);
      for (String n : names) {
        if (n.startsWith("id.jht.portal")) {
          portalFrames.merge(n, 1, Integer::sum);
          break;
        }
      }
      String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
      threads.merge(thread == null ? "?" : thread.replaceAll("[0-9]+", "#"), 1, Integer::sum);
    }
    System.out.printf("%d execution samples (Java threads only; GC and JIT threads are not sampled)%n", total);
    System.out.printf("%d native samples in ImageIO (JPEG decoding, not in the figures below)%n", nativeDecode);
    print("by library (innermost known frame)", byLibrary, total, topN);
    print("by stage (outermost known piece of work)", byStage, total, topN);
    print("by stage / library", byStageLibrary, total, topN * 2);
    print("hottest frames (self)", selfFrames, total, topN);
    print("innermost portal frame", portalFrames, total, topN);
    print("sampled threads", threads, total, 10);
  }

  private static String match(String[][] rules, String name) {
    for (String[] rule : rules) {
      if (name.startsWith(rule[0])) {
        return rule[1];
      }
    }
    return null;
  }

  private static void print(String title, Map<String, Integer> counts, int total, int topN) {
    System.out.println(title + ":");
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(topN)
        .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
  }
}
