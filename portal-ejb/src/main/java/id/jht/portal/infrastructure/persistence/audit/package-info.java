/** The repository of {@code domain.model.audit} (insert-only audit events) over JPA. */
package id.jht.portal.infrastructure.persistence.audit;
