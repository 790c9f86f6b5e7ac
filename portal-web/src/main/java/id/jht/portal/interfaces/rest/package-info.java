/**
 * The JSON API other channels call (JAX-RS under {@code /api}): the application and its OpenAPI
 * description, and the mapping of every failure to {@code {code, message, field}} with a stable
 * code and never a stack trace. Versioned resources live in {@code v1}.
 */
package id.jht.portal.interfaces.rest;
