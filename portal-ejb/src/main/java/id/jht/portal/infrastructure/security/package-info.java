/**
 * Implementations of the security ports the domain declares: staff password hashing through Jakarta
 * Security's {@code Pbkdf2PasswordHash} (the platform's, not a hand-written PBKDF2), plus the
 * reader of the portal's former hash format so that stored hashes keep working until the next
 * sign-in replaces them.
 */
package id.jht.portal.infrastructure.security;
