/**
 * Backing beans of the participant's claim wizard. Business rules stay in the application layer.
 */
package id.jht.portal.interfaces.web.claim;
