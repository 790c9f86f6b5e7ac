/**
 * Builds the plain infrastructure classes that need settings (the document store, the upload
 * inspector with its malware scanner, the thumbnail maker, the receipt renderer) once from
 * MicroProfile Config and offers them as CDI beans, so that the application layer injects its ports
 * and {@code infrastructure.document}, {@code .malware} and {@code .receipt} stay free of CDI. A
 * package of its own because it joins {@code infrastructure.malware} to {@code
 * infrastructure.document}, which the scanner already depends on.
 */
package id.jht.portal.infrastructure.config;
