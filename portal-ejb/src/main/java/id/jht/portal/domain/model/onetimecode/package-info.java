/**
 * One-time codes mailed to a participant's registered address (pending-claim release, identity
 * unlock): only their hash is stored, with its expiry and tries left.
 */
package id.jht.portal.domain.model.onetimecode;
