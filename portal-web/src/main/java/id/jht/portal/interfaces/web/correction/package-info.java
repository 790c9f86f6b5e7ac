/** The officers' list of correction requests of their branch, with accept and refuse. */
package id.jht.portal.interfaces.web.correction;
