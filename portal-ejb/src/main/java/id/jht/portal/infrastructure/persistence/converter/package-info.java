/**
 * JPA {@code AttributeConverter}s that let entities hold the domain's value objects ({@link
 * id.jht.portal.domain.model.participant.Nik}, {@link id.jht.portal.domain.model.participant.Kpj},
 * {@link id.jht.portal.domain.model.contact.EmailAddress}, {@link
 * id.jht.portal.domain.model.contact.MobileNumber}, {@link
 * id.jht.portal.domain.model.contact.AccountNumber}, {@link
 * id.jht.portal.domain.model.participant.PersonName}, {@link
 * id.jht.portal.domain.model.participant.Npwp}) instead of strings every caller validates again. A
 * value of two columns (a claim's {@link id.jht.portal.domain.model.contact.BankAccount}: the bank
 * as an enum column, the number through its converter) is put together by its entity's getter,
 * since a converter maps one column. They are {@code autoApply}: the domain's entities carry no
 * reference to this package, so the arrows keep pointing from infrastructure to domain.
 *
 * <p>Writing stores the value object's plain value. Reading trusts the database: it rebuilds the
 * value through the value object's non-validating {@code stored} factory, because a row that a
 * later, stricter rule would refuse must still show on a page rather than fail it (a mobile number
 * keeps its stored international text, {@code +62...} or an older {@code 62...}, exactly).
 * Validation belongs where a value enters the system (forms, API, registry import). A column that
 * is {@code NULL} reads as {@code null}.
 */
package id.jht.portal.infrastructure.persistence.converter;
