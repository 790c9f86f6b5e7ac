package id.jht.portal.interfaces.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bytes sealed with AES-256-GCM for a cookie the browser carries but must neither read nor change:
 * {@code base64url(nonce || ciphertext || tag)}, a random 96-bit nonce per token. Unlike {@link
 * SignedToken} the payload may hold personal data. Every node that shares the key opens what any of
 * them sealed; the purpose is authenticated too, so a token sealed for one cookie is refused as
 * another. The key is the SHA-256 of the configured bytes (at least 32 of them).
 */
public final class SealedToken {

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;
  private final byte[] purpose;

  public SealedToken(byte[] key, String purpose) {
    if (key.length < 32) {
      throw new IllegalArgumentException("A sealing key needs at least 32 bytes");
    }
    try {
      this.key = new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(key), "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
    this.purpose = purpose.getBytes(StandardCharsets.UTF_8);
  }

  /** The token's length for a payload of {@code payloadBytes}, without sealing anything. */
  public static int length(int payloadBytes) {
    int bytes = NONCE_BYTES + payloadBytes + TAG_BITS / 8;
    return (bytes * 4 + 2) / 3;
  }

  public String seal(byte[] payload) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
      byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + cipher.getOutputSize(payload.length));
      cipher.doFinal(payload, 0, payload.length, sealed, NONCE_BYTES);
      return ENCODER.encodeToString(sealed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java platform", e);
    }
  }

  /** The payload, if the token is well formed and was sealed with this key for this purpose. */
  public Optional<byte[]> open(String token) {
    if (token == null) {
      return Optional.empty();
    }
    try {
      byte[] sealed = DECODER.decode(token);
      if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
        return Optional.empty();
      }
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, NONCE_BYTES));
      return Optional.of(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
    } catch (IllegalArgumentException | AEADBadTagException refused) {
      return Optional.empty();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java platform", e);
    }
  }

  private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(TRANSFORMATION);
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(purpose);
    return cipher;
  }
}
