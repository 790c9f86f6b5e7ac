/**
 * Staff accounts (officers, supervisors, administrators) and their roles, and the port through
 * which their passwords are hashed ({@link id.jht.portal.domain.model.staff.StaffPasswords},
 * implemented in infrastructure with Jakarta Security's {@code Pbkdf2PasswordHash}).
 */
package id.jht.portal.domain.model.staff;
