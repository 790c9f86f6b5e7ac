/**
 * Database access: the data source, Flyway migrations at start-up, JPA converters. SQL lives here
 * and in repositories.
 */
package id.jht.portal.infrastructure.persistence;
