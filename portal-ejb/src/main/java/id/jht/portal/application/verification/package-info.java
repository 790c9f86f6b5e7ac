/**
 * Use case: the officers' verification of a submitted claim. An officer opens the claim of a queue
 * ticket, views its documents through an authorised handler, ticks each document as accepted or to
 * be uploaded again (with the reason), and decides: start verification, ask for documents (the
 * participant is mailed), approve, reject with a reason, no-show; supervisors and administrators
 * also mark approved claims as paid.
 *
 * <p>Authorisation lives here, not in the pages: the caller is the container's principal, officers
 * and supervisors reach only their own branch's claims, administrators every branch; a refusal is
 * audited and returns nothing. Every change is made under a row lock on the claim and checked
 * against the claim version the officer saw, so of two officers deciding at once the second is told
 * the claim was already decided instead of overwriting it.
 */
package id.jht.portal.application.verification;
