package id.jht.portal.application.admin;

import java.io.Serializable;

/** A staff account as administrators see it: never the password hash. */
public record StaffRow(
    long id,
    String username,
    String fullName,
    String role,
    Long branchId,
    String branchCode,
    String email,
    boolean active,
    boolean locked)
    implements Serializable {}
