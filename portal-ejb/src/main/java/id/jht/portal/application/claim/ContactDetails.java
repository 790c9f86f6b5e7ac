package id.jht.portal.application.claim;

/** What the participant typed in the contact and bank step. */
public record ContactDetails(
    String email,
    String phone,
    String motherMaidenName,
    String bankCode,
    String accountNumber,
    String accountHolder,
    String npwp)
    implements java.io.Serializable {}
