package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.it.pages.ClaimReviewPage;
import id.jht.portal.it.pages.QueueBoardPage;
import id.jht.portal.it.pages.QueueDisplayPage;
import id.jht.portal.it.pages.StaffPages;
import id.jht.portal.it.support.Accessibility;
import id.jht.portal.it.support.Browser;
import id.jht.portal.it.support.ManagedBrowser;
import id.jht.portal.it.support.QueueTickets;
import id.jht.portal.it.support.TestDatabase;
import id.jht.portal.it.support.TestHooks;
import id.jht.portal.it.support.VerificationClaims;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The officers' side of the queue in the running portal on MariaDB: an officer calls the next
 * ticket, the branch's display shows it and keeps itself up to date, and an officer gets nothing of
 * another branch by changing the branch in the address.
 */
class QueueBoardIT extends FreshPortal {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @ManagedBrowser private static WebDriver driver;
  private static List<String> sidoarjoA;
  private static List<String> salemba;

  /** Tickets for today at both branches, booked once the portal has loaded its demo data. */
  @BeforeEach
  void ticketsBookedForToday() {
    if (sidoarjoA == null) {
      LocalDate today = LocalDate.now(WIB);
      sidoarjoA = QueueTickets.book("SDA", today, "A", 3);
      QueueTickets.book("SDA", today, "B", 1);
      salemba = QueueTickets.book("JSL", today, "A", 2);
    }
  }

  @Test
  void officerCallsTheNextTicketAndTheDisplayShowsItAndUpdatesItself() throws Exception {
    signInAs("petugas.sda", "Petugas#2026");
    QueueBoardPage board = QueueBoardPage.open(driver, base, "");
    assertTrue(board.heading().contains("Sidoarjo"), board.heading());
    assertEquals(sidoarjoA.get(0), board.ticketNumbers().get(0));
    assertFalse(board.deskDescription().isBlank(), "the desk field names its hint");

    board.callNextAtDesk("Loket 3");

    String first = sidoarjoA.get(0);
    assertTrue(
        board.messages().contains("Nomor " + first + " dipanggil ke Loket 3"), board.messages());
    assertEquals("Dipanggil", board.statusOf(first));
    assertEquals(
        "CALLED",
        TestDatabase.single("SELECT status FROM queue_ticket WHERE ticket_number = ?", first));
    assertEquals(
        "petugas.sda",
        TestDatabase.single("SELECT called_by FROM queue_ticket WHERE ticket_number = ?", first));
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE actor = 'petugas.sda'"
                + " AND action = 'QUEUE_CALL_NEXT' AND detail LIKE ?",
            "%" + first + "%"));

    QueueDisplayPage display = QueueDisplayPage.open(driver, base, "SDA");
    assertEquals(first, display.latestNumber());
    assertEquals("Loket 3", display.latestDesk());
    assertTrue(
        driver.findElements(By.cssSelector("meta[http-equiv='refresh']")).isEmpty(),
        "no meta refresh");
    Accessibility.assertNoSeriousViolations(driver, "queue display");
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.notReloaded = true;");

    String second = sidoarjoA.get(1);
    QueueTickets.callElsewhere(second, "Loket 5");
    display.waitUntilLatestIs(second);
    assertEquals("Loket 5", display.latestDesk());
    assertEquals(List.of(first + " Loket 3"), display.others());
    assertEquals(
        Boolean.TRUE, js.executeScript("return window.notReloaded === true;"), "no reload");
    HttpResponse<Void> plain =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "display.xhtml?branch=SDA")).build(),
                HttpResponse.BodyHandlers.discarding());
    assertTrue(
        plain.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
        "the display stays stateless: " + plain.headers().allValues("Set-Cookie"));
    Accessibility.assertNoSeriousViolations(driver, "queue display after an update");

    // No-show is possible once session A has begun at the branch: the clock is moved there if the
    // test runs earlier in the day.
    LocalTime sessionStart =
        ((java.sql.Time)
                TestDatabase.single(
                    "SELECT s.start_time FROM service_session s"
                        + " JOIN branch_office b ON b.id = s.branch_id"
                        + " WHERE b.code = 'SDA' AND s.session_code = 'A'"))
            .toLocalTime();
    LocalTime nowAtBranch = LocalTime.now(WIB);
    if (nowAtBranch.isBefore(sessionStart)) {
      TestHooks.advanceClockMinutes(Duration.between(nowAtBranch, sessionStart).toMinutes() + 1);
    }

    board = QueueBoardPage.open(driver, base, "").filterStatus("CALLED");
    assertEquals(List.of(first, second), board.ticketNumbers());
    board.markNoShow(first);
    assertTrue(board.messages().contains("ditandai tidak hadir"), board.messages());
    assertEquals(
        "NO_SHOW",
        TestDatabase.single("SELECT status FROM queue_ticket WHERE ticket_number = ?", first));
    assertEquals(
        1L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE actor = 'petugas.sda'"
                + " AND action = 'QUEUE_NO_SHOW'"));
    assertEquals(List.of(second), board.ticketNumbers(), "the filter is kept");
  }

  @Test
  void anOfficerOfSidoarjoGetsNothingOfSalembaByChangingTheBranchInTheAddress() throws Exception {
    signInAs("petugas.sda", "Petugas#2026");

    QueueBoardPage board = QueueBoardPage.open(driver, base, "?branch=JSL");

    assertFalse(board.isBoard());
    assertEquals("Akses ditolak", board.heading());
    for (String number : salemba) {
      assertFalse(board.pageSource().contains(number), "leaked " + number);
    }
    assertFalse(board.pageSource().contains("Salemba"));
    assertEquals(403, statusOf("staff/queue/board.xhtml?branch=JSL"));
    assertTrue(
        TestDatabase.count(
                "SELECT COUNT(*) FROM audit_event WHERE actor = 'petugas.sda'"
                    + " AND action = 'QUEUE_ACCESS_DENIED'")
            >= 1);
    assertEquals(
        2L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM queue_ticket t JOIN branch_office b ON b.id = t.branch_id"
                + " WHERE b.code = 'JSL' AND t.status = 'WAITING'"),
        "nothing changed at the other branch");
  }

  @Test
  void anOfficerPreparesALaterDaysClaimButCannotMarkItNoShowBeforeItsDay() throws Exception {
    LocalDate later = nextWorkingDay(LocalDate.now(WIB));
    VerificationClaims.Booked booked = VerificationClaims.book("SDA", later, "A", 1).get(0);
    signInAs("petugas.sda", "Petugas#2026");
    QueueBoardPage board = QueueBoardPage.open(driver, base, "");
    List<WebElement> days = driver.findElements(By.cssSelector("#board-days a"));
    assertTrue(days.size() >= 2, "today and the coming working days");
    WebElement laterDay =
        days.stream()
            .filter(a -> a.getAttribute("href").contains("date=" + later))
            .findFirst()
            .orElseThrow();
    assertTrue(laterDay.getText().contains("1 menunggu"), laterDay.getText());
    Browser.clickAndWaitForPage(driver, laterDay);

    assertEquals(List.of(booked.ticketNumber()), board.ticketNumbers());
    assertTrue(driver.findElements(By.id("board:call-next")).isEmpty(), "call next: today only");
    String documents =
        driver.findElement(By.cssSelector("#board\\:tickets .documents-state")).getText();
    assertTrue(documents.startsWith("2 diunggah: 0 diterima"), documents);
    Accessibility.assertNoSeriousViolations(driver, "queue board of a later day");

    board.markNoShow(booked.ticketNumber());
    assertTrue(board.messages().contains("Belum dapat ditandai tidak hadir"), board.messages());
    assertEquals(
        "WAITING",
        TestDatabase.single(
            "SELECT status FROM queue_ticket WHERE ticket_number = ?", booked.ticketNumber()));

    ClaimReviewPage review = ClaimReviewPage.open(driver, base, booked.ticketId());
    assertFalse(review.hasButton("start"), "verification itself waits for the call");
    review.check("KTP", "ACCEPTED", null).click("save-checklist");
    assertEquals(
        "ACCEPTED",
        TestDatabase.single(
            "SELECT review_status FROM claim_document WHERE claim_id = ? AND document_type = 'KTP'",
            booked.claimId()));
    assertTrue(review.hasButton("no-show"));
    review.click("no-show");
    assertTrue(review.messages().contains("Belum dapat ditandai tidak hadir"), review.messages());

    board = QueueBoardPage.open(driver, base, "?branch=SDA&date=" + later);
    documents = driver.findElement(By.cssSelector("#board\\:tickets .documents-state")).getText();
    assertTrue(documents.startsWith("2 diunggah: 1 diterima"), documents);
  }

  /** The first working day after {@code day} (no weekend, no holiday of the portal). */
  private static LocalDate nextWorkingDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (next.getDayOfWeek() == DayOfWeek.SATURDAY
        || next.getDayOfWeek() == DayOfWeek.SUNDAY
        || TestDatabase.count("SELECT COUNT(*) FROM holiday WHERE holiday_date = ?", next) > 0) {
      next = next.plusDays(1);
    }
    return next;
  }

  /** The HTTP status of a page fetched with the browser's signed-in session. */
  private int statusOf(String path) throws Exception {
    return Browser.statusWithSession(driver, base + path);
  }

  private void signInAs(String username, String password) {
    driver.manage().deleteAllCookies();
    StaffPages staff = new StaffPages(driver, base).openHome();
    staff.signIn(username, password);
    assertTrue(staff.welcome().startsWith("Selamat datang"), staff.welcome());
  }
}
