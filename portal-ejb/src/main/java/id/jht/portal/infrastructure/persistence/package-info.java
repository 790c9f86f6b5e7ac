/**
 * Database access: the data source, Flyway migrations at start-up, JPA converters (the value
 * objects' in {@code converter}), the column naming convention ({@code naming}), and the bases of
 * the repositories in the subpackages: {@code JpaRepository} (the persistence context and the
 * one-column id reads of native SQL), {@code JdbcRepository} (the connection, in the container or
 * given by a test) with {@code JdbcStatements} for a single statement, and {@code SqlValues} for
 * instants, dates and ids as the driver returns them. No JDBC template library: the few plain
 * statements need nothing but these helpers. SQL lives here and in repositories.
 */
package id.jht.portal.infrastructure.persistence;
