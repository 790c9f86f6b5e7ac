package id.jht.portal.interfaces.rest.v1;

import id.jht.portal.application.channel.AuthenticatedChannel;
import jakarta.enterprise.context.RequestScoped;

/** The channel of the current API request, set by {@link ApiKeyFilter}. */
@RequestScoped
public class CallingChannel {

  private AuthenticatedChannel channel;

  void authenticated(AuthenticatedChannel channel) {
    this.channel = channel;
  }

  public AuthenticatedChannel get() {
    if (channel == null) {
      throw new IllegalStateException("no authenticated channel in this request");
    }
    return channel;
  }
}
