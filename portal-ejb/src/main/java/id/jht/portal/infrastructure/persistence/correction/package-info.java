/** The correction requests over JPA. */
package id.jht.portal.infrastructure.persistence.correction;
