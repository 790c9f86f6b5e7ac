/**
 * Repositories of {@code domain.model.branch} (branch offices, service sessions, quota overrides,
 * holidays) over JPA and, where the database must decide under a row lock or one statement must set
 * columns the entity has no setter for, native SQL whose comment says why.
 */
package id.jht.portal.infrastructure.persistence.branch;
