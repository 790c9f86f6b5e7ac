/**
 * Helpers shared by backing beans: translated messages, formatting of dates, times and Rupiah; the
 * anti-forgery guards of forms and view states, and what a failed Faces request answers.
 */
package id.jht.portal.interfaces.web.support;
