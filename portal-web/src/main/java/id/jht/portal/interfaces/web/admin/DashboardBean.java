package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.admin.AdminAccessDeniedException;
import id.jht.portal.application.admin.CsvWriter;
import id.jht.portal.application.admin.DashboardFigures;
import id.jht.portal.application.admin.DashboardFigures.BranchQuotaUse;
import id.jht.portal.application.admin.DashboardFigures.DayCount;
import id.jht.portal.application.admin.DashboardFigures.ReasonCount;
import id.jht.portal.application.admin.DashboardFigures.WaitingBucket;
import id.jht.portal.application.admin.DashboardService;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.infrastructure.time.PortalClock;
import id.jht.portal.interfaces.form.PeriodForm;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The dashboard ({@code /admin/dashboard.xhtml}): four charts over a range of service days
 * (default: two weeks back to two weeks ahead), each with its figures as a table and as CSV.
 */
@Named
@ViewScoped
public class DashboardBean extends PeriodForm {

  private static final long serialVersionUID = 1L;
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Inject DashboardService dashboard;
  @Inject ClientAddressHolder clientAddress;
  @Inject FacesMessages messages;
  @Inject PortalClock clock;

  private DashboardFigures figures;

  public void load() {
    LocalDate today = clock.today(WIB);
    setFrom(today.minusDays(14).toString());
    setTo(today.plusDays(14).toString());
    try {
      figures = dashboard.figures(today.minusDays(14), today.plusDays(14), clientAddress.get());
    } catch (AdminAccessDeniedException denied) {
      AdminFaces.forbidden();
    }
  }

  public void show() {
    LocalDate fromDay = AdminFaces.date(getFrom());
    LocalDate toDay = AdminFaces.date(getTo());
    if (fromDay == null || toDay == null) {
      messages.error(
          fromDay == null ? "range:from" : "range:to", Message.of("admin.field.dateFormat"));
      return;
    }
    try {
      figures = dashboard.figures(fromDay, toDay, clientAddress.get());
    } catch (ValidationFailedException rejected) {
      AdminFaces.show(messages, "range", rejected);
    } catch (AdminAccessDeniedException denied) {
      messages.error(null, "error.forbidden.text");
    }
  }

  public String getBookingsChart() {
    List<DayCount> days = figures.bookingsPerDay();
    return ChartJson.bar(
        days.stream().map(d -> shortDate(d.date())).toList(),
        days.stream().map(DayCount::count).toList(),
        messages.text("admin.dashboard.bookings"),
        false);
  }

  public String getQuotaChart() {
    List<BranchQuotaUse> use = figures.quotaUse();
    return ChartJson.bar(
        use.stream().map(BranchQuotaUse::code).toList(),
        use.stream().map(BranchQuotaUse::percent).toList(),
        messages.text("admin.dashboard.quotaPercent"),
        true);
  }

  public String getReasonsChart() {
    List<ReasonCount> reasons = figures.claimsByReason();
    return ChartJson.doughnut(
        reasons.stream().map(r -> reasonLabel(r.reason())).toList(),
        reasons.stream().map(ReasonCount::count).toList());
  }

  public String getWaitingChart() {
    List<WaitingBucket> bands = figures.waitingTimes();
    return ChartJson.bar(
        bands.stream().map(b -> bandLabel(b.band())).toList(),
        bands.stream().map(WaitingBucket::count).toList(),
        messages.text("admin.dashboard.tickets"),
        false);
  }

  /** Height of the quota chart: one bar per branch needs room. */
  public int getQuotaChartHeight() {
    return Math.max(240, 28 * figures.quotaUse().size() + 60);
  }

  public StreamedContent getBookingsCsv() {
    return csv(
        "bookings-per-day",
        csv -> {
          csv.row("service_date", "bookings");
          figures.bookingsPerDay().forEach(d -> csv.row(d.date(), d.count()));
        });
  }

  public StreamedContent getQuotaCsv() {
    return csv(
        "quota-use-per-branch",
        csv -> {
          csv.row("branch_code", "branch_name", "quota", "issued", "percent");
          figures
              .quotaUse()
              .forEach(b -> csv.row(b.code(), b.name(), b.quota(), b.issued(), b.percent()));
        });
  }

  public StreamedContent getReasonsCsv() {
    return csv(
        "claims-by-reason",
        csv -> {
          csv.row("reason", "label", "claims");
          figures
              .claimsByReason()
              .forEach(r -> csv.row(r.reason(), reasonLabel(r.reason()), r.count()));
        });
  }

  public StreamedContent getWaitingCsv() {
    return csv(
        "waiting-times",
        csv -> {
          csv.row("band", "label", "tickets");
          figures.waitingTimes().forEach(b -> csv.row(b.band(), bandLabel(b.band()), b.count()));
        });
  }

  private StreamedContent csv(String name, Consumer<CsvWriter> rows) {
    StringWriter text = new StringWriter();
    CsvWriter csv = new CsvWriter(text).bom();
    rows.accept(csv);
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name(name + "-" + figures.from() + "-" + figures.to() + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public String reasonLabel(String reason) {
    return messages.text("reason." + reason);
  }

  public String bandLabel(String band) {
    return messages.text("admin.dashboard.band." + band);
  }

  public String formatted(LocalDate date) {
    return String.valueOf(messages.format(date));
  }

  /** Average wait as days and hours, or a dash when nobody was called. */
  public String getAverageWait() {
    Double minutes = figures == null ? null : figures.averageWaitMinutes();
    if (minutes == null) {
      return "–";
    }
    long total = Math.round(minutes);
    return messages.text(
        "admin.dashboard.averageWaitValue",
        String.valueOf(total / (24 * 60)),
        String.valueOf((total % (24 * 60)) / 60));
  }

  private String shortDate(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("d MMM", messages.locale()));
  }

  public DashboardFigures getFigures() {
    return figures;
  }
}
