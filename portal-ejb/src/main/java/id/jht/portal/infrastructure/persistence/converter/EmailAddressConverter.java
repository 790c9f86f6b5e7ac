package id.jht.portal.infrastructure.persistence.converter;

import id.jht.portal.domain.model.contact.EmailAddress;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an e-mail address as its text; reads it back without validating it again (see the package
 * comment).
 */
@Converter(autoApply = true)
public class EmailAddressConverter implements AttributeConverter<EmailAddress, String> {

  @Override
  public String convertToDatabaseColumn(EmailAddress value) {
    return value == null ? null : value.value();
  }

  @Override
  public EmailAddress convertToEntityAttribute(String column) {
    return column == null ? null : EmailAddress.stored(column);
  }
}
