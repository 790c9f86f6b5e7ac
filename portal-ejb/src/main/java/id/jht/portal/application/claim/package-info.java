/**
 * Use case: a participant's claim from the identity step to submission, saved as a draft after
 * every step so nothing is lost and nothing is half-written.
 */
package id.jht.portal.application.claim;
