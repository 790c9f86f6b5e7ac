/**
 * What every HTTP answer of the portal shares, pages, resources and API alike: who the client is
 * behind the reverse proxy ({@link id.jht.portal.interfaces.http.ClientAddress}, from {@code
 * PORTAL_TRUSTED_PROXIES}), the public address redirects point at ({@link
 * id.jht.portal.interfaces.http.PublicUrl}, never the Host header), the security headers of every
 * answer and the session cookie's attributes; the cookies that stand in for a session ({@link
 * id.jht.portal.interfaces.http.PortalCookie}: signed with {@link
 * id.jht.portal.interfaces.http.SignedToken} where they carry ids, sealed with {@link
 * id.jht.portal.interfaces.http.SealedToken} where they carry personal data) and the last moment
 * they can be written ({@link id.jht.portal.interfaces.http.BeforeCommitFilter}); and the parsing
 * of upload bodies ({@link id.jht.portal.interfaces.http.MultipartFilter}), which the container's
 * parser cannot be trusted with.
 *
 * <p>Nothing here knows Faces or JAX-RS; the web and REST layers use it, never the other way round.
 */
package id.jht.portal.interfaces.http;
