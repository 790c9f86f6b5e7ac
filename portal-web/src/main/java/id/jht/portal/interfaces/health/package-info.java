/**
 * MicroProfile Health: readiness (database answers, schema migrated, malware scanner answers when
 * configured) and liveness.
 */
package id.jht.portal.interfaces.health;
