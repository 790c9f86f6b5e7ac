package id.jht.portal.application.channel;

import jakarta.ejb.ApplicationException;

/** No API channel with that code. */
@ApplicationException(rollback = true)
public class UnknownChannelException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownChannelException(String code) {
    super("No API channel with code " + code);
  }
}
