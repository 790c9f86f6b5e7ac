package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.it.pages.AdminPages;
import id.jht.portal.it.support.Browser;
import id.jht.portal.it.support.ManagedBrowser;
import id.jht.portal.it.support.QueueTickets;
import id.jht.portal.it.support.TestDatabase;
import id.jht.portal.it.support.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebDriver;

/**
 * The administrators' side in the running portal on MariaDB: quotas, overrides and holidays; a new
 * officer account that can sign in; unlocking the demo's locked participant; the registry import
 * with its report; the audit trail; the dashboard's charts; the mail outbox; an API key; and an
 * officer refused at every administration page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdministrationIT extends FreshPortal {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final String LOCKED_NIK = "3525065204889009";

  /** Rina Kusumawati of the demo data, home branch Sidoarjo, not locked. */
  private static final String SIDOARJO_NIK = "3578056208939002";

  @ManagedBrowser private static WebDriver driver;

  @Test
  void theAdministratorOpensABranchWithItsThreeDefaultSessions() {
    AdminPages admin = signInAsAdministrator();
    admin.open("admin/index.xhtml");
    assertTrue(admin.has("menu-branches"));

    admin
        .open("admin/branch.xhtml")
        .type("branch:code", "tst")
        .type("branch:name", "Uji Coba Surabaya")
        .type("branch:address", "Jl. Raya Darmo No. 1")
        .type("branch:city", "Surabaya")
        .type("branch:province", "Jawa Timur")
        .type("branch:latitude", "-7.2875")
        .type("branch:longitude", "112.7383")
        .type("branch:defaultQuota", "20")
        .clickAndWaitForPage("branch:save");

    assertTrue(admin.heading().startsWith("TST"), admin.heading());
    assertEquals(
        List.of("A", "B", "C"),
        TestDatabase.column(
                "SELECT s.session_code FROM service_session s JOIN branch_office b"
                    + " ON b.id = s.branch_id WHERE b.code = 'TST' AND s.default_quota = 20"
                    + " ORDER BY s.session_code")
            .stream()
            .map(Object::toString)
            .toList());
    admin.click("branch-status:deactivate");
    assertEquals(
        Boolean.FALSE, TestDatabase.single("SELECT active FROM branch_office WHERE code = 'TST'"));
  }

  @Test
  void theAdministratorChangesASessionQuotaAndAddsAQuotaOverrideAndAHoliday() {
    AdminPages admin = signInAsAdministrator();

    admin.open("admin/branches.xhtml").type("branches:text", "Sidoarjo").click("branches:search");
    admin.clickLink("SDA");
    assertTrue(admin.heading().contains("Sidoarjo"), admin.heading());

    admin
        .type(admin.sessionInput("B", "quota"), "35")
        .click(admin.sessionInput("B", "save-session"));
    assertEquals(
        35,
        number(
            "SELECT s.default_quota FROM service_session s JOIN branch_office b"
                + " ON b.id = s.branch_id WHERE b.code = 'SDA' AND s.session_code = 'B'"));

    LocalDate day = workingDayAfter(LocalDate.now(WIB).plusDays(9));
    admin
        .type("overrides:override-date", day.toString())
        .chooseValue("overrides:override-session", "A")
        .type("overrides:override-quota", "12")
        .click("overrides:add-override");
    assertEquals(
        12,
        number(
            "SELECT q.quota FROM quota_override q JOIN branch_office b ON b.id = q.branch_id"
                + " WHERE b.code = 'SDA' AND q.session_code = 'A' AND q.service_date = ?",
            day));
    assertEquals(
        List.of(day.toString()), attributes("#overrides\\:list .override-date", "data-date"));

    admin
        .open("admin/holidays.xhtml?year=2027")
        .type("holiday:date", "2027-12-24")
        .type("holiday:nameId", "Cuti bersama Hari Raya Natal")
        .type("holiday:nameEn", "Christmas Eve collective leave")
        .click("holiday:add");
    assertEquals(
        "Cuti bersama Hari Raya Natal",
        TestDatabase.single("SELECT name_id FROM holiday WHERE holiday_date = '2027-12-24'"));
    assertTrue(attributes("#holiday\\:list .holiday-date", "data-date").contains("2027-12-24"));

    for (String action : List.of("SESSION_UPDATE", "QUOTA_OVERRIDE_SET", "HOLIDAY_ADD")) {
      assertEquals(
          1L,
          TestDatabase.count(
              "SELECT COUNT(*) FROM audit_event WHERE actor = 'admin' AND action = ?", action),
          action);
    }
  }

  @Test
  void theAdministratorCreatesAnOfficerWhoCanThenSignIn() {
    AdminPages admin = signInAsAdministrator();
    admin
        .open("admin/staff.xhtml")
        .type("create:username", "petugas.baru")
        .type("create:fullName", "Rahmat Hidayat")
        .chooseValue("create:role", "OFFICER")
        .choose("create:branch", "SDA · Sidoarjo")
        .click("create:create-account");

    String password = admin.text("temporary-password");
    assertEquals(16, password.length());
    assertEquals(
        "OFFICER",
        TestDatabase.single("SELECT role FROM staff_account WHERE username = 'petugas.baru'"));
    assertEquals(
        "SDA",
        TestDatabase.single(
            "SELECT b.code FROM staff_account s JOIN branch_office b ON b.id = s.branch_id"
                + " WHERE s.username = 'petugas.baru'"));
    assertFalse(
        TestDatabase.single(
                "SELECT password_hash FROM staff_account WHERE username = 'petugas.baru'")
            .toString()
            .contains(password));

    AdminPages officer = signInAs("petugas.baru", password);
    assertTrue(officer.text("welcome").contains("Rahmat Hidayat"), officer.text("welcome"));
  }

  @Test
  void theAdministratorUnlocksTheLockedDemoParticipantWithoutTheNikEverShownInFull() {
    assertNotNull(
        TestDatabase.single("SELECT locked_until FROM participant WHERE nik = ?", LOCKED_NIK));
    AdminPages admin = signInAsAdministrator();

    admin.open("admin/participants.xhtml").type("unlock:nik", LOCKED_NIK).click("unlock:search");

    assertEquals("35************09", admin.text("masked-nik"));
    assertEquals("Sri Rahayu", admin.text("participant-name"));
    assertFalse(admin.pageSource().contains(LOCKED_NIK), "the full NIK is on the page");
    assertFalse(admin.currentUrl().contains(LOCKED_NIK));
    admin.click("unlock:unlock-participant");
    assertTrue(admin.text("lock-state").contains("Tidak terkunci"), admin.text("lock-state"));
    assertNull(
        TestDatabase.single("SELECT locked_until FROM participant WHERE nik = ?", LOCKED_NIK));
    assertEquals(0, number("SELECT failed_attempts FROM participant WHERE nik = ?", LOCKED_NIK));
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE actor = 'admin' AND action = 'PARTICIPANT_UNLOCK'"
                + " AND detail LIKE '%35************09%'"));
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE detail LIKE ?", "%" + LOCKED_NIK + "%"),
        "no full NIK in the audit trail");
  }

  @Test
  void aSupervisorUnlocksAParticipantOfTheirOwnBranch() {
    // Locks a participant of its own (not the demo's locked one, which the administrator's test
    // expects locked as the demo data left it), so the two tests do not depend on their order.
    TestDatabase.update(
        "UPDATE participant SET locked_until = ? WHERE nik = ?",
        LocalDateTime.now(ZoneOffset.UTC).withNano(0).plusHours(24),
        SIDOARJO_NIK);
    AdminPages page = signInAs("supervisor.sda", "Supervisor#2026");

    page.open("staff/participants/unlock.xhtml")
        .type("unlock:nik", SIDOARJO_NIK)
        .click("unlock:search");
    page.click("unlock:unlock-participant");

    assertNull(
        TestDatabase.single("SELECT locked_until FROM participant WHERE nik = ?", SIDOARJO_NIK));
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE actor = 'supervisor.sda'"
                + " AND action = 'PARTICIPANT_UNLOCK'"));
  }

  @Test
  void theRegistryImportReportsLineAndFieldAndWritesTheGoodLines() throws IOException {
    // Line 2 and 3 are good; line 4 has a birth date that is not the one in its NIK, line 5 a
    // KPJ of four digits.
    String csv =
        String.join(
            "\n",
            "nik;kpj;full_name;birth_place;birth_date;gender;mother_maiden_name;email;phone;"
                + "home_branch_code;employer;membership_start;status;non_active_since;balance",
            "3173011501900001;98765432101;Budi Santoso;Jakarta;1990-01-15;L;Siti Aminah;"
                + "budi.import@example.co.id;081234567890;JSL;PT Maju Jaya;2012-03-01;NON_ACTIVE;"
                + "2025-12-31;25000000",
            "3515024307850002;98765432102;Rina Wulandari;Sidoarjo;1985-07-03;P;Sumarni;;;SDA;"
                + "CV Sentosa;2010-05-10;ACTIVE;;41500000",
            "3173011601910003;98765432103;Andi Wijaya;Jakarta;1991-01-17;L;Wati;;;JSL;PT Satu;"
                + "2015-01-01;ACTIVE;;1000",
            "3173012002920004;1234;Dedi Lesmana;Jakarta;1992-02-20;L;Yanti;;;JSL;PT Dua;"
                + "2016-01-01;ACTIVE;;2000",
            "");
    Path file = TestFiles.dir().resolve("registry-import.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    AdminPages admin = signInAsAdministrator();

    admin.open("admin/import.xhtml").uploadAndWaitForReport(file);

    assertTrue(admin.text("import-counts").contains("4 dari 4"), admin.text("import-counts"));
    assertEquals(List.of("4", "5"), admin.texts(".problem-line"));
    assertEquals(List.of("birth_date", "kpj"), admin.texts(".problem-field"));
    assertTrue(
        admin.texts(".problem-text").get(1).contains("11 digit"),
        admin.texts(".problem-text").toString());
    assertEquals(
        "Budi Santoso",
        TestDatabase.single("SELECT full_name FROM participant WHERE nik = '3173011501900001'"));
    assertEquals(
        41_500_000L,
        ((Number) TestDatabase.single("SELECT balance FROM membership WHERE kpj = '98765432102'"))
            .longValue());
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM participant WHERE nik IN ('3173011601910003', '3173012002920004')"));
    assertEquals(
        "DONE", TestDatabase.single("SELECT status FROM registry_import ORDER BY id DESC LIMIT 1"));
  }

  /**
   * Searches the trail the other tests wrote (the holiday added by the administrator, the
   * supervisor's unlock): it runs after them, as a reader of the trail would come after its
   * writers.
   */
  @Test
  @Order(Order.DEFAULT + 1)
  void theAuditTrailIsSearchedByActorAndAction() {
    AdminPages admin = signInAsAdministrator();

    admin
        .open("admin/audit.xhtml")
        .type("search:actor", "admin")
        .chooseValue("search:action", "HOLIDAY_ADD")
        .click("search:find");

    assertEquals(List.of("HOLIDAY_ADD"), admin.texts("#search\\:events .audit-action"));
    assertTrue(admin.texts("#search\\:events .audit-detail").get(0).contains("2027-12-24"));

    admin.chooseValue("search:action", "").type("search:actor", "supervisor").click("search:find");
    Set<String> actors =
        admin.texts("#search\\:events .audit-actor").stream().collect(Collectors.toSet());
    assertEquals(Set.of("supervisor.sda"), actors);
  }

  @Test
  void theDashboardDrawsItsFourCharts() {
    LocalDate tomorrow = LocalDate.now(WIB).plusDays(1);
    QueueTickets.book("SDA", tomorrow, "A", 2);
    AdminPages admin = signInAsAdministrator();

    admin.open("admin/dashboard.xhtml");

    for (String chart : List.of("bookingsChart", "quotaChart", "reasonsChart", "waitingChart")) {
      Browser.waitFor(driver).until(d -> admin.chartRendered(chart));
    }
    assertTrue(admin.has("charts:bookings-table"));
    assertTrue(admin.pageSource().contains("charts:bookings-csv"));
  }

  @Test
  void theOutboxShowsAMailKeptWithoutSmtpAndItsBody() {
    TestDatabase.update(
        "INSERT INTO outgoing_mail (recipient, subject, body, status, attempts, next_attempt_at,"
            + " created_at, version) VALUES (?, ?, ?, 'OUTBOX', 0, ?, ?, 1)",
        "sri.rahayu.demo@example.co.id",
        "Nomor antrean Anda SDA-261123-B017",
        "Yth. Sri Rahayu,\nnomor antrean Anda SDA-261123-B017.",
        LocalDateTime.now(ZoneOffset.UTC).withNano(0),
        LocalDateTime.now(ZoneOffset.UTC).withNano(0));
    AdminPages admin = signInAsAdministrator();

    admin.open("admin/outbox.xhtml").chooseValue("outbox:status", "OUTBOX").click("outbox:filter");
    assertEquals(List.of("OUTBOX"), attributes("#outbox\\:mails .mail-status", "data-status"));
    admin.clickLink("Nomor antrean Anda SDA-261123-B017");

    assertTrue(admin.text("mail-body").contains("nomor antrean Anda SDA-261123-B017"));
    assertEquals("sri.rahayu.demo@example.co.id", admin.text("mail-recipient"));
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE actor = 'admin' AND action = 'MAIL_READ'"));
  }

  @Test
  void theAdministratorCreatesAnApiKeyShownOnceAndStoredHashed() throws Exception {
    AdminPages admin = signInAsAdministrator();

    admin
        .open("admin/api-keys.xhtml")
        .type("create:code", "loket-sda")
        .type("create:displayNameId", "Loket Cabang Sidoarjo")
        .type("create:displayNameEn", "Sidoarjo branch counter")
        .type("create:requestsPerMinute", "120")
        .click("create:create-key");

    String key = admin.text("api-key");
    assertTrue(key.startsWith("jhtk_"), key);
    String hash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        hash, TestDatabase.single("SELECT key_hash FROM api_channel WHERE code = 'loket-sda'"));
    assertTrue(admin.texts("#channels\\:list .channel-code").contains("loket-sda"));

    admin.open("admin/api-keys.xhtml");
    assertFalse(admin.pageSource().contains(key), "the key is shown once only");
  }

  /**
   * Runs after the others so that the staff list it must not see holds the officer account the
   * administrator created ({@code petugas.baru}).
   */
  @Test
  @Order(Order.DEFAULT + 1)
  void anOfficerGets403OnEveryAdministrationPage() throws Exception {
    signInAs("petugas.sda", "Petugas#2026");

    for (String page :
        List.of(
            "admin/index.xhtml",
            "admin/branches.xhtml",
            "admin/staff.xhtml",
            "admin/participants.xhtml",
            "admin/import.xhtml",
            "admin/audit.xhtml",
            "admin/dashboard.xhtml",
            "admin/outbox.xhtml",
            "admin/api-keys.xhtml")) {
      assertEquals(403, statusOf(page), page);
    }
    AdminPages admin = new AdminPages(driver, base).open("admin/staff.xhtml");
    assertEquals("Akses ditolak", admin.heading());
    assertFalse(admin.pageSource().contains("petugas.baru"));
  }

  /**
   * A hash of the portal's former format (PBKDF2-SHA-256, 310,000 iterations, as stored before
   * Jakarta Security's {@code Pbkdf2PasswordHash}) of the demo password {@code Petugas#2026}.
   */
  private static final String LEGACY_HASH =
      "pbkdf2-sha256$310000$2yRmI92dhWFn8cebtvks8Q$jq5+L7VhV3wh7AmZNhbdEUvm3k3+XGnueFU0BIi+5SY";

  @Test
  @Order(12)
  void aStaffAccountWithALegacyHashSignsInAndItsHashIsReplacedByJakartaSecuritysFormat() {
    String sql = "SELECT password_hash FROM staff_account WHERE username = 'petugas.jkt'";
    TestDatabase.update(
        "UPDATE staff_account SET password_hash = ? WHERE username = 'petugas.jkt'", LEGACY_HASH);

    signInAs("petugas.jkt", "Petugas#2026");
    String upgraded = TestDatabase.single(sql).toString();
    assertTrue(upgraded.startsWith("PBKDF2WithHmacSHA256:310000:"), upgraded);

    signInAs("petugas.jkt", "Petugas#2026");
    assertEquals(upgraded, TestDatabase.single(sql), "rehashed once, not at every sign-in");
  }

  private AdminPages signInAsAdministrator() {
    return signInAs("admin", "Admin#Portal2026");
  }

  private AdminPages signInAs(String username, String password) {
    AdminPages pages = new AdminPages(driver, base).signIn(username, password);
    assertTrue(pages.text("welcome").startsWith("Selamat datang"), pages.text("welcome"));
    return pages;
  }

  /** The first working day (Monday to Friday, not a holiday) on or after {@code from}. */
  private static LocalDate workingDayAfter(LocalDate from) {
    Set<String> holidays =
        TestDatabase.column("SELECT holiday_date FROM holiday").stream()
            .map(Object::toString)
            .collect(Collectors.toSet());
    LocalDate day = from;
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY
        || day.getDayOfWeek() == DayOfWeek.SUNDAY
        || holidays.contains(day.toString())) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static int number(String sql, Object... params) {
    return ((Number) TestDatabase.single(sql, params)).intValue();
  }

  private List<String> attributes(String cssSelector, String attribute) {
    return driver.findElements(org.openqa.selenium.By.cssSelector(cssSelector)).stream()
        .map(e -> e.getAttribute(attribute))
        .toList();
  }

  /** The HTTP status of a page fetched with the browser's signed-in session. */
  private int statusOf(String path) throws Exception {
    return Browser.statusWithSession(driver, base + path);
  }
}
