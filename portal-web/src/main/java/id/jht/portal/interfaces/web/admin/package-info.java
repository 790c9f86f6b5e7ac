/**
 * The administrators' pages under {@code /admin/} (branches and quotas, holidays, staff accounts,
 * participant unlock, registry import, audit trail, dashboard, mail outbox, API keys) and the
 * supervisors' participant unlock page. Page beans only translate between the views and {@code
 * application.admin}, which checks the caller again on every call.
 *
 * <p>The dashboard's Chart.js configurations are built with JSON-P ({@code ChartJson}). The one
 * hand-written step after it, {@code ChartJson.scriptSafe}, escapes {@code < > &} and the
 * JavaScript line separators because PrimeFaces writes the JSON unescaped into a script element:
 * JSON-P and JSON-B write valid JSON but have no setting for HTML script contexts, and a JavaScript
 * string encoder would quote the whole document instead of leaving it JSON.
 */
package id.jht.portal.interfaces.web.admin;
