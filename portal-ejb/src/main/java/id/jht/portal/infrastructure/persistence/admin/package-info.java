/**
 * Read models and stores of the administrators' pages, behind the ports of {@code
 * application.admin}: grouped counts for the dashboard and the registry import's batches in plain
 * JDBC ({@code DashboardFigureSource}, {@code RegistryImports}), the audit trail search and the
 * mail outbox over JPA ({@code AuditEventQueries}, {@code MailOutbox}). {@code SqlValues} reads
 * instants and dates back from whatever type the driver returns.
 */
package id.jht.portal.infrastructure.persistence.admin;
