/**
 * Database access: the data source, Flyway migrations at start-up, JPA converters (the value
 * objects' in {@code converter}), the column naming convention ({@code naming}). SQL lives here and
 * in repositories.
 */
package id.jht.portal.infrastructure.persistence;
