/**
 * Pending claims: drafts abandoned before a queue number, made explicit so other channels can see
 * and release them.
 */
package id.jht.portal.domain.model.pendingclaim;
