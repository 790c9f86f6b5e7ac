/**
 * Version 1 of the API for other channels: the claim-lock lookup and the channel's own claims,
 * behind Bearer API-key authentication and a per-channel rate limit.
 */
package id.jht.portal.interfaces.rest.v1;
