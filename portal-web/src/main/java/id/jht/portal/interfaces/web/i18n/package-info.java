/**
 * Languages: Bahasa Indonesia (default) and English; the merged resource bundle and the visitor's
 * choice.
 */
package id.jht.portal.interfaces.web.i18n;
