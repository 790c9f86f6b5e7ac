package id.jht.portal.application.channel;

/**
 * A channel's claim names a NIK and a KPJ that the registry gives to two different participants:
 * one of the two was typed wrong, and the claim would block the wrong person.
 */
public class IdentityMismatchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The fields the refusal names, as the API's {@code field}. */
  public static final String FIELDS = "nik,kpj";

  public IdentityMismatchException() {
    super("NIK and KPJ belong to different registered participants");
  }
}
