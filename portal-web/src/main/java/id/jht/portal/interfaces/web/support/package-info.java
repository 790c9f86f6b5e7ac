/**
 * Helpers shared by backing beans: translated messages, formatting of dates, times and Rupiah; the
 * anti-forgery guards of forms and view states, and what a failed Faces request answers; the one
 * way staff are served a stored document; messages kept over a redirect in a sealed cookie
 * (MessagesAcrossRedirect), not in a session; the short-lived signed cookies that stand in for an
 * HTTP session on participants' pages ({@link id.jht.portal.interfaces.web.support.SignedCookies}).
 */
package id.jht.portal.interfaces.web.support;
