package id.jht.portal.application.admin;

import java.io.Serializable;

/**
 * A staff account as the administrator types it.
 *
 * @param role {@code OFFICER}, {@code SUPERVISOR} or {@code ADMINISTRATOR}
 * @param branchId required for officers and supervisors, ignored for administrators
 * @param email optional
 */
public record NewStaffAccount(
    String username, String fullName, String role, Long branchId, String email)
    implements Serializable {}
