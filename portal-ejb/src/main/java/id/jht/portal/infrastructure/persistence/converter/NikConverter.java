package id.jht.portal.infrastructure.persistence.converter;

import id.jht.portal.domain.model.participant.Nik;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a NIK as its 16 digits; reads it back without validating it again (see the package
 * comment).
 */
@Converter(autoApply = true)
public class NikConverter implements AttributeConverter<Nik, String> {

  @Override
  public String convertToDatabaseColumn(Nik value) {
    return value == null ? null : value.value();
  }

  @Override
  public Nik convertToEntityAttribute(String column) {
    return column == null ? null : Nik.stored(column);
  }
}
