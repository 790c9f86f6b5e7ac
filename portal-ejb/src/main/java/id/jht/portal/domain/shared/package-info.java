/**
 * Building blocks shared by every part of the domain: translatable {@link
 * id.jht.portal.domain.shared.Message messages}, the {@link
 * id.jht.portal.domain.shared.InvalidValueException validation exception} that carries one, and
 * helpers for digit strings and masking, the base of the masked identifying numbers, and the
 * SHA-256 of secrets that are not passwords ({@link id.jht.portal.domain.shared.Digests}).
 *
 * <p>Nothing here knows about Jakarta EE; the web layer turns a {@code Message} into text with the
 * resource bundle {@code i18n/domain}.
 */
package id.jht.portal.domain.shared;
