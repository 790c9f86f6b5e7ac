/**
 * The documents of correction requests, kept through the claim documents' content inspection and
 * store (its own package: the document package must not depend on the claim configuration).
 */
package id.jht.portal.infrastructure.correction;
