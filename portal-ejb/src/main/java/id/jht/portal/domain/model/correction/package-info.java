/**
 * Correction requests: a participant asks the home branch to correct the registry (a membership
 * still reported active, identity data that differs from the e-KTP), with a document as evidence. A
 * request is never a claim; its states are SUBMITTED, then ACCEPTED or REFUSED, once.
 */
package id.jht.portal.domain.model.correction;
