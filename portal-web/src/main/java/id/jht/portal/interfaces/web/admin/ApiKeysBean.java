package id.jht.portal.interfaces.web.admin;

import id.jht.portal.application.admin.AdminAccessDeniedException;
import id.jht.portal.application.admin.ChannelKeyAdministration;
import id.jht.portal.application.channel.ChannelSummary;
import id.jht.portal.application.channel.IssuedKey;
import id.jht.portal.application.channel.UnknownChannelException;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.interfaces.form.BilingualNameForm;
import id.jht.portal.interfaces.web.staff.ClientAddressHolder;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/**
 * The API channels' keys ({@code /admin/api-keys.xhtml}): create, rotate, revoke. A new key is
 * shown once, until the next action on the page; only its first characters are kept.
 */
@Named
@ViewScoped
public class ApiKeysBean extends BilingualNameForm {

  private static final long serialVersionUID = 1L;

  @Inject ChannelKeyAdministration channels;
  @Inject ClientAddressHolder clientAddress;
  @Inject FacesMessages messages;

  private List<ChannelSummary> rows = List.of();
  private String code;
  private String requestsPerMinute = "600";
  // Shown once, never replicated: a secret stays on the node that made it (after a failover the
  // page simply no longer shows it, and the administrator issues a new one).
  private transient IssuedKey issued;

  public void load() {
    try {
      reload();
    } catch (AdminAccessDeniedException denied) {
      AdminFaces.forbidden();
    }
  }

  public void create() {
    issued = null;
    Integer rate = AdminFaces.integer(requestsPerMinute);
    try {
      issued =
          channels.create(
              code, getNameId(), getNameEn(), rate == null ? 0 : rate, clientAddress.get());
      messages.info(null, "admin.keys.created", issued.channelCode());
      code = null;
      setNameId(null);
      setNameEn(null);
      reload();
    } catch (InvalidValueException invalid) {
      messages.error("create:" + invalid.field(), invalid.message());
    } catch (AdminAccessDeniedException denied) {
      messages.error(null, "error.forbidden.text");
    }
  }

  public void rotate(String channelCode) {
    issued = null;
    try {
      issued = channels.rotate(channelCode, clientAddress.get());
      messages.info(null, "admin.keys.rotated", channelCode);
    } catch (UnknownChannelException | AdminAccessDeniedException refused) {
      messages.error(null, "error.forbidden.text");
    }
    reload();
  }

  public void revoke(String channelCode) {
    issued = null;
    try {
      channels.revoke(channelCode, clientAddress.get());
      messages.info(null, "admin.keys.revoked", channelCode);
    } catch (UnknownChannelException | AdminAccessDeniedException refused) {
      messages.error(null, "error.forbidden.text");
    }
    reload();
  }

  private void reload() {
    rows = channels.channels(clientAddress.get());
  }

  public String when(Instant instant) {
    return instant == null ? "" : messages.dateTime(instant, null);
  }

  public List<ChannelSummary> getRows() {
    return rows;
  }

  public IssuedKey getIssued() {
    return issued;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getRequestsPerMinute() {
    return requestsPerMinute;
  }

  public void setRequestsPerMinute(String requestsPerMinute) {
    this.requestsPerMinute = requestsPerMinute;
  }
}
