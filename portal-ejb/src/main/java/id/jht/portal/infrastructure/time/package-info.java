/**
 * The portal's clock: the single source of now, adjustable only in test runs. The application layer
 * sees it only as an injected {@link java.time.Clock} ({@link
 * id.jht.portal.infrastructure.time.PortalClockProducer}); the moving part stays here.
 */
package id.jht.portal.infrastructure.time;
