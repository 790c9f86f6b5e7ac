/**
 * How the participant is reached and paid: mobile number, e-mail address, bank and bank account
 * (the tax number, NPWP, is an identity number like the NIK it may be, and lives beside it in
 * {@code participant}: this package is used by the participant's entity and must not use it back).
 * Each value object validates on creation and reports problems as {@link
 * id.jht.portal.domain.shared.InvalidValueException} with its form field and a translatable reason;
 * each also has a non-validating {@code stored} factory for what the database gives back (see
 * {@code infrastructure.persistence.converter}). A claim keeps its {@link
 * id.jht.portal.domain.model.contact.BankAccount} as two columns, the {@link
 * id.jht.portal.domain.model.contact.Bank} and the {@link
 * id.jht.portal.domain.model.contact.AccountNumber}, and hands it out as one value. Numbers (mobile
 * and account) are masked in {@code toString}, so that they never reach a log in full.
 */
package id.jht.portal.domain.model.contact;
