/**
 * What every text of the portal shares, whichever bundle it comes from: the channel's configured
 * name ({@link id.jht.portal.application.texts.ChannelName}), and for texts that leave the portal
 * without a page around them (e-mails, receipts, calendar files, the registry's lock messages) the
 * one helper that picks the language, loads the bundles and formats dates and zones ({@link
 * id.jht.portal.application.texts.Texts}). Pages read their bundles through Faces; nothing else
 * belongs in this package.
 */
package id.jht.portal.application.texts;
