/**
 * The participant's pages after booking: {@code booking/status.xhtml} (opened with the booking code
 * plus NIK or KPJ and birth date, by POST only), with the timeline, the live queue position,
 * rescheduling, cancelling and re-uploading requested documents; and the receipt download, served
 * only to the session that opened the booking (or booked it in the wizard).
 *
 * <p>The session keeps ids only ({@link id.jht.portal.interfaces.web.booking.BookingSession}); no
 * NIK, KPJ or booking code ever appears in a URL.
 */
package id.jht.portal.interfaces.web.booking;
