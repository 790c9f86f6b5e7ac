/**
 * Read models of the administrators' pages in plain JDBC: grouped counts the application layer asks
 * for through its ports ({@code application.admin.DashboardFigureSource}).
 */
package id.jht.portal.infrastructure.persistence.admin;
