/**
 * The administrators' pages under {@code /admin/} (branches and quotas, holidays, staff accounts,
 * participant unlock, registry import, audit trail, dashboard, mail outbox, API keys) and the
 * supervisors' participant unlock page. Page beans only translate between the views and {@code
 * application.admin}, which checks the caller again on every call.
 */
package id.jht.portal.interfaces.web.admin;
