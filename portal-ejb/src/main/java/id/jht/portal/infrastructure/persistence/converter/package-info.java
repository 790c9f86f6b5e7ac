/**
 * JPA {@code AttributeConverter}s that let entities hold the domain's value objects ({@link
 * id.jht.portal.domain.model.participant.Nik}, {@link id.jht.portal.domain.model.participant.Kpj},
 * {@link id.jht.portal.domain.model.contact.EmailAddress}, {@link
 * id.jht.portal.domain.model.participant.PersonName}, {@link
 * id.jht.portal.domain.model.participant.Npwp}) instead of strings every caller validates again.
 * They are {@code autoApply}: the domain's entities carry no reference to this package, so the
 * arrows keep pointing from infrastructure to domain.
 *
 * <p>Writing stores the value object's plain value. Reading trusts the database: it rebuilds the
 * value through the value object's non-validating {@code stored} factory, because a row that a
 * later, stricter rule would refuse must still show on a page rather than fail it. Validation
 * belongs where a value enters the system (forms, API, registry import). A column that is {@code
 * NULL} reads as {@code null}.
 */
package id.jht.portal.infrastructure.persistence.converter;
