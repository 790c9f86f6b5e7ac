/**
 * Other channels (mobile app, branch counter, website) as API clients: their keys, created, rotated
 * and revoked by administrators and stored only as SHA-256, and the claims they tell the portal
 * they hold, which block a new claim here.
 */
package id.jht.portal.application.channel;
