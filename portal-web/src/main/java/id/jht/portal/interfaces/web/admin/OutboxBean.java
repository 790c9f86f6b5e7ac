package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.admin.AdminAccessDeniedException;
import id.jht.portal.application.admin.OutboxAdministration;
import id.jht.portal.domain.model.mail.OutgoingMail;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The mail outbox ({@code /admin/outbox.xhtml}): every queued mail and its delivery state. */
@Named
@ViewScoped
public class OutboxBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OutboxAdministration outbox;
  @Inject ClientAddressHolder clientAddress;
  @Inject FacesMessages messages;

  private String status = "";
  private String recipient;
  private OutboxTableModel mails;

  public void load() {
    try {
      outbox.count(null, null, clientAddress.get());
      search();
    } catch (AdminAccessDeniedException denied) {
      AdminFaces.forbidden();
    }
  }

  public void search() {
    mails = new OutboxTableModel(outbox, status, recipient, clientAddress.get());
  }

  public List<String> getStatuses() {
    return Arrays.stream(OutgoingMail.Status.values()).map(Enum::name).toList();
  }

  public String when(Instant instant) {
    return instant == null ? "" : messages.dateTime(instant, null);
  }

  public OutboxTableModel getMails() {
    return mails;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null ? "" : status;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }
}
