package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.admin.AdminAccessDeniedException;
import id.jht.portal.application.admin.AuditQuery;
import id.jht.portal.application.admin.AuditSearch;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.interfaces.form.PeriodForm;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The audit trail search ({@code /admin/audit.xhtml}): by actor, action and date range, in a lazily
 * loaded table, and exported as CSV (streamed, so a large export never sits in memory).
 */
@Named
@ViewScoped
public class AuditTrailBean extends PeriodForm {

  private static final long serialVersionUID = 1L;

  @Inject AuditSearch search;
  @Inject ClientAddressHolder clientAddress;
  @Inject FacesMessages messages;

  private String actor;
  private String action;
  private List<String> actions = List.of();
  private AuditQuery query = new AuditQuery(null, null, null, null);
  private AuditTableModel rows;

  public void load() {
    try {
      actions = search.actions(clientAddress.get());
      rows = new AuditTableModel(search, query, clientAddress.get());
    } catch (AdminAccessDeniedException denied) {
      AdminFaces.forbidden();
    }
  }

  public void search() {
    LocalDate fromDay = AdminFaces.date(getFrom());
    LocalDate toDay = AdminFaces.date(getTo());
    boolean ok = true;
    if (AdminFaces.unreadable(getFrom(), fromDay)) {
      messages.error("search:from", Message.of("admin.field.dateFormat"));
      ok = false;
    }
    if (AdminFaces.unreadable(getTo(), toDay)) {
      messages.error("search:to", Message.of("admin.field.dateFormat"));
      ok = false;
    }
    if (ok) {
      query = new AuditQuery(actor, action, fromDay, toDay);
      rows = new AuditTableModel(search, query, clientAddress.get());
    }
  }

  /** The CSV of the current search, written while the response is sent. */
  public StreamedContent getCsv() {
    AuditSearch service = search;
    AuditQuery current = query;
    String address = clientAddress.get();
    return DefaultStreamedContent.builder()
        .name("audit-trail.csv")
        .contentType("text/csv; charset=UTF-8")
        .writer(
            out -> {
              Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
              service.export(current, writer, address);
              try {
                writer.flush();
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .build();
  }

  public String when(Instant instant) {
    return instant == null ? "" : messages.dateTime(instant, null);
  }

  public AuditTableModel getRows() {
    return rows;
  }

  public List<String> getActions() {
    return actions;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }
}
