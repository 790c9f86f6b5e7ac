/** The API channels over JPA. */
package id.jht.portal.infrastructure.persistence.channel;
