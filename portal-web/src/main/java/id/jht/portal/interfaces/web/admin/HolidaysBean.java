package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.admin.AdminAccessDeniedException;
import id.jht.portal.application.admin.HolidayAdministration;
import id.jht.portal.application.admin.HolidayRow;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.infrastructure.time.PortalClock;
import id.jht.portal.interfaces.form.BilingualNameForm;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The holiday calendar by year ({@code /admin/holidays.xhtml?year=2027}): list, add, remove. */
@Named
@ViewScoped
public class HolidaysBean extends BilingualNameForm {

  private static final long serialVersionUID = 1L;

  @Inject HolidayAdministration holidays;
  @Inject ClientAddressHolder clientAddress;
  @Inject FacesMessages messages;
  @Inject PortalClock clock;

  private Integer year;
  private List<HolidayRow> rows = List.of();
  private String date;

  public void load() {
    if (year == null || year < 2000 || year > 2100) {
      year = clock.today(ZoneId.of("Asia/Jakarta")).getYear();
    }
    try {
      reload();
    } catch (AdminAccessDeniedException denied) {
      AdminFaces.forbidden();
    }
  }

  public void add() {
    LocalDate day = AdminFaces.date(date);
    try {
      if (AdminFaces.unreadable(date, day)) {
        throw ValidationFailedException.on("date", Message.of("admin.field.dateFormat"));
      }
      holidays.add(day, getNameId(), getNameEn(), clientAddress.get());
      messages.info(null, "admin.holiday.added", day);
      date = null;
      setNameId(null);
      setNameEn(null);
      if (day.getYear() != year) {
        year = day.getYear();
      }
      reload();
    } catch (ValidationFailedException rejected) {
      AdminFaces.show(messages, "holiday", rejected);
    } catch (AdminAccessDeniedException denied) {
      messages.error(null, "error.forbidden.text");
    }
  }

  public void remove(long id) {
    try {
      holidays.remove(id, clientAddress.get());
      messages.info(null, "admin.holiday.removed");
      reload();
    } catch (AdminAccessDeniedException denied) {
      messages.error(null, "error.forbidden.text");
    }
  }

  private void reload() {
    rows = holidays.holidays(year, clientAddress.get());
  }

  public String formatted(LocalDate day) {
    return String.valueOf(messages.format(day));
  }

  public List<HolidayRow> getRows() {
    return rows;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }
}
