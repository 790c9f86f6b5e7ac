/** The portal's clock: the single source of now, adjustable only in test runs. */
package id.jht.portal.infrastructure.time;
