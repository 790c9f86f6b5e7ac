/**
 * Pages around pending claims: the participant's "release my pending claim" page (one-time code to
 * the registered e-mail), the reusable list of claim locks with its remedies (resume, cancel,
 * contact the other channel) for the wizard, and the officers' list of their branch's pending
 * claims with cancellation. The beans only translate between pages and {@code
 * application.pendingclaim}, which decides and enforces who may do what. The release page keeps no
 * HTTP session: between its two steps the browser carries only the signed id of the server's code
 * challenge ({@link id.jht.portal.interfaces.web.support.CodeStepCookie}), never the typed data.
 */
package id.jht.portal.interfaces.web.pending;
