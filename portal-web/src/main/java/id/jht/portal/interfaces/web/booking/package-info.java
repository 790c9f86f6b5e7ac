/**
 * The participant's pages after booking: {@code booking/status.xhtml} (opened with the booking code
 * plus NIK or KPJ and birth date, by POST only), with the timeline, the live queue position,
 * rescheduling, cancelling and re-uploading requested documents; and the receipt download, served
 * only to the browser that opened the booking (or booked it in the wizard).
 *
 * <p>No HTTP session: the opened booking travels as ids in a signed cookie ({@link
 * id.jht.portal.interfaces.web.booking.BookingCookie}), the page is stateless, and no NIK, KPJ or
 * booking code ever appears in a URL or a cookie.
 */
package id.jht.portal.interfaces.web.booking;
