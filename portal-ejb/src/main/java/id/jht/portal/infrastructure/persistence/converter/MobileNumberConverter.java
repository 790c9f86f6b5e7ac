package id.jht.portal.infrastructure.persistence.converter;

import id.jht.portal.domain.model.contact.MobileNumber;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a mobile number in its international form ({@code +62...}), not the national one a
 * participant types; reads the stored text back exactly, without validating it again (see the
 * package comment).
 */
@Converter(autoApply = true)
public class MobileNumberConverter implements AttributeConverter<MobileNumber, String> {

  @Override
  public String convertToDatabaseColumn(MobileNumber value) {
    return MobileNumber.textOf(value);
  }

  @Override
  public MobileNumber convertToEntityAttribute(String column) {
    return column == null ? null : MobileNumber.stored(column);
  }
}
