/**
 * The participant and their membership. The pure-Java core: identity numbers ({@link
 * id.jht.portal.domain.model.participant.Nik NIK}, {@link
 * id.jht.portal.domain.model.participant.Kpj KPJ}, the tax number {@link
 * id.jht.portal.domain.model.participant.Npwp NPWP}, which may be a NIK), the {@link
 * id.jht.portal.domain.model.participant.PersonName name} as compared with the registry, gender and
 * membership status.
 *
 * <p>These value objects validate on creation and throw {@link
 * id.jht.portal.domain.shared.InvalidValueException} with a precise, translatable reason; their
 * {@code toString()} never shows a full NIK or KPJ.
 */
package id.jht.portal.domain.model.participant;
