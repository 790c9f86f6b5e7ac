package id.jht.portal.application.channel;

import jakarta.ejb.ApplicationException;

/**
 * A channel re-used one of its references for another person (other NIK or KPJ): a reference names
 * one claim for good.
 */
@ApplicationException(rollback = true)
public class ReferenceTakenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReferenceTakenException(String channelCode) {
    super("Channel " + channelCode + " re-used a reference for another person");
  }
}
