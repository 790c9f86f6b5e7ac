/**
 * What every entity of the portal shares, as {@code @MappedSuperclass}es: the database-generated
 * id, and for the aggregates that are changed concurrently the optimistic-lock version. Written
 * once here instead of sixteen copies of the same header; the entities' own packages keep their
 * state and behaviour. No business rule belongs here.
 */
package id.jht.portal.domain.model.entity;
