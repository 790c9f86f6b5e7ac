/**
 * How the participant is reached and paid: mobile number, e-mail address, tax number (NPWP), bank
 * and bank account. Each value object validates on creation and reports problems as {@link
 * id.jht.portal.domain.shared.InvalidValueException} with its form field and a translatable reason.
 */
package id.jht.portal.domain.model.contact;
