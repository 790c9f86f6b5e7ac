/**
 * How the participant is reached and paid: mobile number, e-mail address, bank and bank account
 * (the tax number, NPWP, is an identity number like the NIK it may be, and lives beside it in
 * {@code participant}: this package is used by the participant's entity and must not use it back).
 * Each value object validates on creation and reports problems as {@link
 * id.jht.portal.domain.shared.InvalidValueException} with its form field and a translatable reason.
 */
package id.jht.portal.domain.model.contact;
