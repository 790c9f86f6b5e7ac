package id.jht.portal.infrastructure.persistence.naming;

import java.util.Locale;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Gives every field whose column was left to the default the snake_case of its name. A column named
 * explicitly (one that differs from the field's name, as with {@code @Column(name = "...")} or
 * {@code @JoinColumn}) is left alone: only a column whose name equals the field's, ignoring case,
 * was defaulted.
 */
public class SnakeCaseColumns implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      for (DatabaseMapping mapping : descriptor.getMappings()) {
        DatabaseField field = mapping.getField();
        String attribute = mapping.getAttributeName();
        if (field != null && attribute != null && field.getName().equalsIgnoreCase(attribute)) {
          field.setName(snakeCase(attribute));
        }
      }
    }
  }

  /** {@code fullName} becomes {@code full_name}; {@code sha256} stays {@code sha256}. */
  static String snakeCase(String camelCase) {
    StringBuilder column = new StringBuilder(camelCase.length() + 4);
    for (int i = 0; i < camelCase.length(); i++) {
      char c = camelCase.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        column.append('_');
      }
      column.append(c);
    }
    return column.toString().toLowerCase(Locale.ROOT);
  }
}
