/**
 * What every text of the portal shares, whichever bundle it comes from: the channel's configured
 * name. Bundle loaders (pages, e-mails, the API's ready-to-show messages) pass their texts through
 * here; nothing else belongs in this package.
 */
package id.jht.portal.application.texts;
