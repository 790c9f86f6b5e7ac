package id.jht.portal.interfaces.web.support;

import jakarta.faces.application.FacesMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Messages kept for the next page, as bytes: when they were kept, then per message the component it
 * belongs to (none: the page), the severity, the summary and, when it differs, the detail. Plain
 * data, never serialized objects, so that nothing a browser sends back is deserialized into code.
 */
final class KeptMessages {

  private static final byte VERSION = 1;
  static final int MAX_MESSAGES = 100;

  /** A message and the component it belongs to (null: the page). */
  record Kept(String clientId, FacesMessage message) {}

  /** What a cookie held: when the messages were kept, and the messages. */
  record Read(Instant keptAt, List<Kept> messages) {}

  private KeptMessages() {}

  static byte[] encode(Instant keptAt, List<Kept> messages) {
    if (messages.size() > MAX_MESSAGES) {
      throw new IllegalArgumentException("At most " + MAX_MESSAGES + " messages");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeLong(keptAt.getEpochSecond());
      out.writeByte(messages.size());
      for (Kept kept : messages) {
        FacesMessage message = kept.message();
        String summary = Objects.toString(message.getSummary(), "");
        String detail = Objects.toString(message.getDetail(), "");
        out.writeBoolean(kept.clientId() != null);
        out.writeUTF(Objects.toString(kept.clientId(), ""));
        out.writeByte(message.getSeverity().getOrdinal());
        out.writeUTF(summary);
        out.writeBoolean(!detail.equals(summary));
        if (!detail.equals(summary)) {
          out.writeUTF(detail);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to memory", e);
    }
    return bytes.toByteArray();
  }

  /** The messages, or nothing when the bytes are not what {@link #encode} writes. */
  static Optional<Read> decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readByte() != VERSION) {
        return Optional.empty();
      }
      Instant keptAt = Instant.ofEpochSecond(in.readLong());
      int count = in.readUnsignedByte();
      if (count > MAX_MESSAGES) {
        return Optional.empty();
      }
      List<Kept> messages = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        boolean onComponent = in.readBoolean();
        String clientId = in.readUTF();
        int severity = in.readUnsignedByte();
        String summary = in.readUTF();
        String detail = in.readBoolean() ? in.readUTF() : summary;
        if (severity >= FacesMessage.VALUES.size()) {
          return Optional.empty();
        }
        messages.add(
            new Kept(
                onComponent ? clientId : null,
                new FacesMessage(
                    (FacesMessage.Severity) FacesMessage.VALUES.get(severity), summary, detail)));
      }
      return in.available() == 0 ? Optional.of(new Read(keptAt, messages)) : Optional.empty();
    } catch (IOException malformed) {
      return Optional.empty();
    }
  }
}
