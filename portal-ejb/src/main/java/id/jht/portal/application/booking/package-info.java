/**
 * Use case: the participant after booking. The status page reached with the booking code plus NIK
 * or KPJ and birth date ({@link id.jht.portal.application.booking.BookingLookupService}), the
 * claim's timeline and live queue position ({@link
 * id.jht.portal.application.booking.BookingStatusService}), rescheduling and cancelling ({@link
 * id.jht.portal.application.booking.BookingChanges}), re-uploading the documents an officer asked
 * for ({@link id.jht.portal.application.booking.RequestedDocuments}), and the confirmation e-mail
 * with its PDF receipt ({@link id.jht.portal.application.booking.BookingNotifications}, {@link
 * id.jht.portal.application.booking.BookingReceipts}).
 *
 * <p>Every use case takes the claim id and the participant id the caller's session holds and checks
 * that the claim is that participant's; the answer for another person's claim is the same as for no
 * claim at all. Texts live in {@code i18n/booking_id.properties} and {@code _en}.
 */
package id.jht.portal.application.booking;
