package id.jht.portal.application.admin;

import id.jht.portal.application.channel.ChannelKeyService;
import id.jht.portal.application.channel.ChannelSummary;
import id.jht.portal.application.channel.IssuedKey;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The API channels' keys for administrators. {@link ChannelKeyService} trusts the actor it is
 * given; this is where the caller is checked to be an administrator, and the actor it audits is the
 * one the container authenticated.
 */
@Stateless
public class ChannelKeyAdministration {

  @Inject AdminAccess access;
  @Inject ChannelKeyService keys;

  public List<ChannelSummary> channels(String clientAddress) {
    access.administrator(clientAddress);
    return keys.list();
  }

  /** Registers a channel; the returned key is shown once and never stored. */
  public IssuedKey create(
      String code,
      String displayNameId,
      String displayNameEn,
      int requestsPerMinute,
      String clientAddress) {
    AdminCaller caller = access.administrator(clientAddress);
    return keys.create(code, displayNameId, displayNameEn, requestsPerMinute, caller.actor());
  }

  public IssuedKey rotate(String code, String clientAddress) {
    return keys.rotate(code, access.administrator(clientAddress).actor());
  }

  public void revoke(String code, String clientAddress) {
    keys.revoke(code, access.administrator(clientAddress).actor());
  }
}
