/** Staff accounts (officers, supervisors, administrators) and their roles. */
package id.jht.portal.domain.model.staff;
