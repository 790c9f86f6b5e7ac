/** Helpers shared by backing beans: translated messages, formatting of dates, times and Rupiah. */
package id.jht.portal.interfaces.web.support;
