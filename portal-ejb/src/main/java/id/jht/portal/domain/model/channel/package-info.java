/**
 * Other channels (mobile app, branch counter) that call the API, and the claims they tell the
 * portal they hold.
 */
package id.jht.portal.domain.model.channel;
