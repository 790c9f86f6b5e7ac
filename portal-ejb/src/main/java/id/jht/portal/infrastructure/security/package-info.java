/** Password hashing and other cryptographic helpers. */
package id.jht.portal.infrastructure.security;
