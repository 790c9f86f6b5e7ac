/** Branch offices, their daily service sessions and quotas, and the national holiday calendar. */
package id.jht.portal.domain.model.branch;
