/**
 * Repositories of {@code domain.model.branch} (quota overrides, holidays) over JPA and, where the
 * database must decide under a row lock, native SQL whose comment says why.
 */
package id.jht.portal.infrastructure.persistence.branch;
