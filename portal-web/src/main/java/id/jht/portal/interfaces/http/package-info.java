/**
 * What every HTTP answer of the portal shares, pages, resources and API alike: who the client is
 * behind the reverse proxy ({@link id.jht.portal.interfaces.http.ClientAddress}, from {@code
 * PORTAL_TRUSTED_PROXIES}), and the security headers of the answer.
 *
 * <p>Nothing here knows Faces or JAX-RS; the web and REST layers use it, never the other way round.
 */
package id.jht.portal.interfaces.http;
