package id.jht.portal.application.channel;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.domain.model.channel.ApiChannel;
import id.jht.portal.domain.model.channel.ApiChannels;
import id.jht.portal.domain.shared.InvalidValueException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Administrators' management of the API channels' keys (create, rotate, revoke; each audited) and
 * the check of a presented key on every API request. Keys are stored as SHA-256 only; a new key is
 * returned once, to be handed to the channel. A verified key is remembered for a few seconds
 * ({@link VerifiedKeys}); every change of a channel's key or limit fires {@link
 * ChannelKeysChanged}, after whose commit every node forgets what it remembered.
 */
@Stateless
public class ChannelKeyService {

  /** Letters of any script, digits, spaces and . , - ( ) / : no markup characters, no controls. */
  private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N} .,()/-]+");

  public static final String CODE_FIELD = "code";
  public static final String RATE_FIELD = "requestsPerMinute";
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

  @Inject Clock clock;
  @Inject AuditTrail audit;
  @Inject VerifiedKeys verifiedKeys;
  @Inject ApiChannels channels;
  @Inject Event<ChannelKeysChanged> keysChanged;

  /**
   * Registers a channel with a fresh key.
   *
   * @param code lower-case letters, digits and hyphens, 2 to 40 characters, unique
   * @throws InvalidValueException field {@code code} ({@code pending.channel.codeInvalid}, {@code
   *     pending.channel.codeTaken}), {@code displayNameId}/{@code displayNameEn} ({@code
   *     pending.channel.nameRequired}) or {@code requestsPerMinute} ({@code
   *     pending.channel.rateInvalid})
   */
  public IssuedKey create(
      String code,
      String displayNameId,
      String displayNameEn,
      int requestsPerMinute,
      AuditTrail.Actor administrator) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw InvalidValueException.of(CODE_FIELD, "pending.channel.codeInvalid");
    }
    if (find(code).isPresent()) {
      throw InvalidValueException.of(CODE_FIELD, "pending.channel.codeTaken", code);
    }
    requireName("displayNameId", displayNameId);
    requireName("displayNameEn", displayNameEn);
    requireRate(requestsPerMinute);
    String key = ApiKeys.generate();
    ApiChannel channel =
        new ApiChannel(
            code,
            displayNameId.strip(),
            displayNameEn.strip(),
            ApiKeys.hash(key),
            ApiKeys.shownPart(key),
            requestsPerMinute,
            clock.instant());
    channels.add(channel);
    audit.record(administrator, "API_CHANNEL_CREATE", "api_channel", code, null);
    return new IssuedKey(channel.getId(), code, key, ApiKeys.shownPart(key));
  }

  /** Replaces the channel's key: the old one stops working at once. */
  public IssuedKey rotate(String code, AuditTrail.Actor administrator) {
    ApiChannel channel = find(code).orElseThrow(() -> new UnknownChannelException(code));
    String key = ApiKeys.generate();
    channel.rotateKey(ApiKeys.hash(key), ApiKeys.shownPart(key), clock.instant());
    audit.record(administrator, "API_CHANNEL_ROTATE", "api_channel", code, null);
    keysChanged.fire(new ChannelKeysChanged(code));
    return new IssuedKey(channel.getId(), code, key, ApiKeys.shownPart(key));
  }

  /** Revokes the channel's access; its key is refused from now on. */
  public void revoke(String code, AuditTrail.Actor administrator) {
    ApiChannel channel = find(code).orElseThrow(() -> new UnknownChannelException(code));
    if (channel.isActive()) {
      channel.revoke(clock.instant());
      audit.record(administrator, "API_CHANNEL_REVOKE", "api_channel", code, null);
      keysChanged.fire(new ChannelKeysChanged(code));
    }
  }

  /** Changes the channel's request limit. */
  public void changeRate(String code, int requestsPerMinute, AuditTrail.Actor administrator) {
    requireRate(requestsPerMinute);
    ApiChannel channel = find(code).orElseThrow(() -> new UnknownChannelException(code));
    channel.setRequestsPerMinute(requestsPerMinute);
    audit.record(
        administrator,
        "API_CHANNEL_RATE",
        "api_channel",
        code,
        "requests per minute: " + requestsPerMinute);
    keysChanged.fire(new ChannelKeysChanged(code));
  }

  /**
   * The active channel a presented key belongs to: from this node's memory when the key was
   * verified in the last seconds, else from the database.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<AuthenticatedChannel> authenticate(String presentedKey) {
    if (presentedKey == null || presentedKey.isBlank()) {
      return Optional.empty();
    }
    return verifiedKeys.verified(ApiKeys.hash(presentedKey), this::activeChannelWithKeyHash);
  }

  private Optional<AuthenticatedChannel> activeChannelWithKeyHash(String keyHash) {
    return channels
        .activeWithKeyHash(keyHash)
        .map(
            c ->
                new AuthenticatedChannel(
                    c.getId(),
                    c.getCode(),
                    c.getDisplayNameId(),
                    c.getDisplayNameEn(),
                    c.getRequestsPerMinute()));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<ChannelSummary> list() {
    return channels.all().stream()
        .map(
            c ->
                new ChannelSummary(
                    c.getId(),
                    c.getCode(),
                    c.getDisplayNameId(),
                    c.getDisplayNameEn(),
                    c.getKeyPrefix(),
                    c.getRequestsPerMinute(),
                    c.isActive(),
                    c.getCreatedAt(),
                    c.getRotatedAt(),
                    c.getRevokedAt()))
        .toList();
  }

  private Optional<ApiChannel> find(String code) {
    return channels.findByCode(code);
  }

  static void requireName(String field, String name) {
    if (name == null || name.isBlank() || name.strip().length() > 120) {
      throw InvalidValueException.of(field, "pending.channel.nameRequired");
    }
    // Other channels show the name to participants: nothing in it may read as markup or code.
    if (!PLAIN_NAME.matcher(name.strip()).matches()) {
      throw InvalidValueException.of(field, "pending.channel.namePlainText");
    }
  }

  private static void requireRate(int requestsPerMinute) {
    if (requestsPerMinute < 1 || requestsPerMinute > 100_000) {
      throw InvalidValueException.of(RATE_FIELD, "pending.channel.rateInvalid");
    }
  }
}
