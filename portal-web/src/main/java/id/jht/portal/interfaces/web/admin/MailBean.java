package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.admin.AdminAccessDeniedException;
import id.jht.portal.application.admin.MailView;
import id.jht.portal.application.admin.OutboxAdministration;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** One mail of the outbox with its body ({@code /admin/mail.xhtml?id=42}); reading is audited. */
@Named
@RequestScoped
public class MailBean {

  @Inject OutboxAdministration outbox;
  @Inject ClientAddressHolder clientAddress;
  @Inject FacesMessages messages;

  private Long id;
  private MailView mail;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      mail = outbox.mail(id, clientAddress.get()).orElse(null);
    } catch (AdminAccessDeniedException denied) {
      AdminFaces.forbidden();
    }
  }

  public String when(Instant instant) {
    return instant == null ? "" : messages.dateTime(instant, null);
  }

  public MailView getMail() {
    return mail;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
