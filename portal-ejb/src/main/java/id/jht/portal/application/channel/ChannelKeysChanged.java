package id.jht.portal.application.channel;

/**
 * A channel's key or limit changed (rotated, revoked, new limit): every node must forget the keys
 * it verified before. Fired inside the change's transaction; observers act after its commit.
 *
 * @param code the channel's code
 */
public record ChannelKeysChanged(String code) {}
