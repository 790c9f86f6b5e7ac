/**
 * Correction requests (issue 14): the participant submits one with its document, the home branch's
 * officers accept or refuse it (audited), and the participant is mailed each decision.
 */
package id.jht.portal.application.correction;
