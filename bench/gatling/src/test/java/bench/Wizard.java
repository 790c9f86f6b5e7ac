package bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The claim wizard as a browser drives it, request by request: each page GET keeps the Faces
 * ViewState it renders, each postback sends it back with the form's fields, uploads go the way
 * PrimeFaces' native uploader sends them (an Ajax multipart request naming the component), and the
 * cookie jar of each virtual user carries its HTTP session. Settings come from system properties
 * that bench/run.sh sets.
 */
final class Wizard {

  private Wizard() {}

  static final String BASE_URL = System.getProperty("bench.baseUrl", "http://127.0.0.1:18180");
  static final String FEEDER = System.getProperty("bench.feeder", "target/participants.csv");
  static final String FILES = System.getProperty("bench.files", "../target/files");
  static final int USERS = Integer.getInteger("bench.users", 16);
  static final int SECONDS = Integer.getInteger("bench.seconds", 10);
  /** The measured node's process id (same machine), for {@link #cpuMark}; 0 = none. */
  static final long NODE_PID = Long.getLong("bench.nodePid", 0L);

  static final String VIEW_STATE_INPUT = "input[name='jakarta.faces.ViewState']";
  /** The new ViewState inside a partial (Ajax) response. */
  static final String PARTIAL_VIEW_STATE = "ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>";

  static HttpProtocolBuilder protocol() {
    // No warm-up request: the default one goes to gatling.io, and only loopback is allowed here.
    return http.baseUrl(BASE_URL)
        .disableWarmUp()
        .disableCaching()
        .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        .acceptLanguageHeader("id-ID,id;q=0.9")
        .userAgentHeader("jht-portal-bench/1 (Gatling)");
  }

  /** One bench participant per virtual user (or per claim), never reused. */
  static FeederBuilder<String> participants() {
    return csv(FEEDER).queue();
  }

  static HttpRequestActionBuilder page(String name, String path) {
    return http(name).get(path).check(status().is(200)).check(css(VIEW_STATE_INPUT, "value").saveAs("vs"));
  }

  static HttpRequestActionBuilder postback(String name, String path, String form) {
    return http(name)
        .post(path)
        .disableFollowRedirect()
        .formParam(form, form)
        .formParam("jakarta.faces.ViewState", "#{vs}")
        // Stateless steps (identity, reason, contact, schedule, confirm) check the anti-forgery
        // token of the jht-form cookie; stateful ones ignore it.
        .formParam("jht-form-token", "#{formToken}");
  }

  /**
   * All users meet here, then one of them prints {@code BENCH-CPU <label> <seconds>}: the node's CPU
   * time (user + system, from /proc) at that moment. Two marks around a phase that every user
   * starts together and spends the same time in give the node's CPU for exactly that phase's
   * requests (the last requests have finished when everyone meets again; waiting costs the node
   * nothing).
   */
  static ChainBuilder cpuMark(String label) {
    return rendezVous(USERS)
        .doIf(session -> session.userId() == 1L)
        .then(
            exec(session -> {
                  System.out.println("BENCH-CPU " + label + " " + nodeCpuSeconds());
                  return session;
                }));
  }

  private static double nodeCpuSeconds() {
    if (NODE_PID <= 0) {
      return -1;
    }
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + NODE_PID + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // utime and stime, fields 14 and 15 of proc(5), in clock ticks (100 per second on Linux).
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }

  // --- Steps --------------------------------------------------------------------------------------

  /** The identity page keeps no view state: its form carries the anti-forgery token instead. */
  static HttpRequestActionBuilder identityGet() {
    return page("identity GET", "/claim/identity.xhtml")
        .check(css("input[name='jht-form-token']", "value").saveAs("formToken"));
  }

  /** Identifies; answers with a redirect to the step the draft has reached. */
  static HttpRequestActionBuilder identityPost() {
    return postback("identity POST", "/claim/identity.xhtml", "identity")
        .formParam("identity:nik", "#{nik}")
        .formParam("identity:kpj", "#{kpj}")
        .formParam("identity:fullName", "#{fullName}")
        .formParam("identity:birthDate", "#{birthDate}")
        .formParam("identity:verify", "Lanjut")
        .check(status().is(302))
        .check(headerRegex("Location", "/claim/(reason|contact|documents|schedule|confirm|booked)\\.xhtml$").exists());
  }

  static HttpRequestActionBuilder reasonGet() {
    return page("reason GET", "/claim/reason.xhtml");
  }

  static HttpRequestActionBuilder reasonPost() {
    return postback("reason POST", "/claim/reason.xhtml", "reason")
        .formParam("reason:reason", "RETIREMENT_AGE")
        .formParam("reason:next", "Simpan")
        .check(status().is(302))
        .check(headerRegex("Location", "/claim/contact\\.xhtml$").exists());
  }

  static HttpRequestActionBuilder contactGet() {
    return page("contact GET", "/claim/contact.xhtml");
  }

  static HttpRequestActionBuilder contactPost() {
    return postback("contact POST", "/claim/contact.xhtml", "contact")
        .formParam("contact:email", "budi.hartono@example.com")
        .formParam("contact:phone", "081234567890")
        .formParam("contact:motherMaidenName", "#{mother}")
        .formParam("contact:bank", "BCA")
        .formParam("contact:accountNumber", "1234567890")
        .formParam("contact:accountHolder", "#{fullName}")
        .formParam("contact:npwp", "")
        .formParam("contact:next", "Simpan")
        .check(status().is(302))
        .check(headerRegex("Location", "/claim/documents\\.xhtml$").exists());
  }

  static HttpRequestActionBuilder documentsGet() {
    return page("documents GET", "/claim/documents.xhtml");
  }

  /**
   * One file into slot {@code slot} (0 = e-KTP, 1 = KK, 2 = savings book, 3 = photo) as the native
   * uploader sends it; the answer must say the file was stored.
   */
  static HttpRequestActionBuilder upload(String name, int slot, String file, String type) {
    String component = "documents:slots:" + slot + ":upload";
    return http(name)
        .post("/claim/documents.xhtml")
        .header("Faces-Request", "partial/ajax")
        .asMultipartForm()
        .formParam("documents", "documents")
        .formParam("jakarta.faces.ViewState", "#{vs}")
        // The documents step is stateless too: its multipart posts carry the form token.
        .formParam("jht-form-token", "#{formToken}")
        .formParam("jakarta.faces.partial.ajax", "true")
        .formParam("jakarta.faces.partial.execute", component)
        .formParam("jakarta.faces.source", component)
        .formParam(component + "_totalFilesCount", "1")
        .formParam("jakarta.faces.partial.render", "documents")
        .bodyPart(
            RawFileBodyPart(component, FILES + "/" + file).fileName(file).contentType(type))
        .check(status().is(200))
        // The answer redraws the slots: the one sent to must now be marked as holding a file (as
        // scripts/cluster/claims.py checks it).
        .check(
            regex("<section class=\"doc-slot([^\"]*)\"")
                .findAll()
                .transform(classes -> classes.size() > slot && classes.get(slot).contains("uploaded"))
                .is(true))
        .check(regex(PARTIAL_VIEW_STATE).saveAs("vs"));
  }

  static HttpRequestActionBuilder documentsPost() {
    return postback("documents POST", "/claim/documents.xhtml", "documents")
        .formParam("documents:next", "Simpan")
        .check(status().is(302))
        .check(headerRegex("Location", "/claim/schedule\\.xhtml$").exists());
  }

  static HttpRequestActionBuilder scheduleGet() {
    return page("schedule GET", "/claim/schedule.xhtml")
        .check(
            regex("<option value=\"(\\d{4}-\\d\\d-\\d\\d)\" selected")
                .optional()
                .saveAs("date"));
  }

  /** The branch menu's Ajax change: the answer lists the branch's days, the first one selected. */
  static HttpRequestActionBuilder scheduleBranchAjax() {
    return http("schedule ajax branch")
        .post("/claim/schedule.xhtml")
        .header("Faces-Request", "partial/ajax")
        .formParam("schedule", "schedule")
        .formParam("schedule:branch", "#{branchId}")
        .formParam("jakarta.faces.ViewState", "#{vs}")
        .formParam("jht-form-token", "#{formToken}")
        .formParam("jakarta.faces.partial.ajax", "true")
        .formParam("jakarta.faces.source", "schedule:branch")
        .formParam("jakarta.faces.partial.execute", "schedule:branch")
        .formParam("jakarta.faces.partial.render", "schedule:slots")
        .formParam("jakarta.faces.behavior.event", "valueChange")
        .formParam("jakarta.faces.partial.event", "change")
        .check(status().is(200))
        .check(regex("<option value=\"(\\d{4}-\\d\\d-\\d\\d)\" selected").saveAs("date"));
  }

  static HttpRequestActionBuilder schedulePost() {
    return postback("schedule POST", "/claim/schedule.xhtml", "schedule")
        .formParam("schedule:branch", "#{branchId}")
        .formParam("schedule:date", "#{date}")
        .formParam("schedule:session", "A")
        .formParam("schedule:next", "Simpan")
        .check(status().is(302))
        .check(headerRegex("Location", "/claim/confirm\\.xhtml$").exists());
  }

  static HttpRequestActionBuilder confirmGet() {
    return page("confirm GET", "/claim/confirm.xhtml");
  }

  /** The submission: the queue number is allocated here. */
  static HttpRequestActionBuilder confirmPost() {
    return postback("confirm POST", "/claim/confirm.xhtml", "confirm")
        .formParam("confirm:declaration", "on")
        .formParam("confirm:next", "Kirim")
        .check(status().is(302))
        .check(headerRegex("Location", "/claim/booked\\.xhtml$").exists());
  }

  /** A postback that changes nothing: the declaration is missing, the page shows why. */
  static HttpRequestActionBuilder confirmPostRefused() {
    return postback("confirm POST (no declaration)", "/claim/confirm.xhtml", "confirm")
        .formParam("confirm:next", "Kirim")
        .check(status().is(200))
        .check(substring("declaration-error"))
        .check(css(VIEW_STATE_INPUT, "value").saveAs("vs"));
  }

  static HttpRequestActionBuilder bookedGet() {
    return http("booked GET")
        .get("/claim/booked.xhtml")
        .check(status().is(200))
        .check(regex("id=\"ticket-number\">([A-Z]{3}-\\d{6}-[A-Z]\\d{3,})<").saveAs("ticket"));
  }

  /** Identity to the last step before submission, with four 1 MB JPEG uploads. */
  static ChainBuilder upToConfirm() {
    return exec(identityGet(), identityPost())
        .exec(reasonGet(), reasonPost())
        .exec(contactGet(), contactPost())
        .exec(documentsGet())
        .exec(upload("upload 1MB JPEG", 0, "photo-1mb.jpg", "image/jpeg"))
        .exec(upload("upload 1MB JPEG", 1, "photo-1mb.jpg", "image/jpeg"))
        .exec(upload("upload 1MB JPEG", 2, "photo-1mb.jpg", "image/jpeg"))
        .exec(upload("upload 1MB JPEG", 3, "photo-1mb.jpg", "image/jpeg"))
        .exec(documentsPost())
        .exec(scheduleGet(), scheduleBranchAjax(), schedulePost());
  }

  /** Identity, reason and contact: the documents page is open after it. */
  static ChainBuilder upToDocuments() {
    return exec(identityGet(), identityPost())
        .exec(reasonGet(), reasonPost())
        .exec(contactGet(), contactPost())
        .exec(documentsGet());
  }
}
