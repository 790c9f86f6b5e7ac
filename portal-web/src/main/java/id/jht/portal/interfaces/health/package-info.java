/** MicroProfile Health: readiness (database answers, schema migrated) and liveness. */
package id.jht.portal.interfaces.health;
