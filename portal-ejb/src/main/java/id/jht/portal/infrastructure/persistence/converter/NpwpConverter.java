package id.jht.portal.infrastructure.persistence.converter;

import id.jht.portal.domain.model.participant.Npwp;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an NPWP as its digits; reads it back without validating it again (see the package
 * comment).
 */
@Converter(autoApply = true)
public class NpwpConverter implements AttributeConverter<Npwp, String> {

  @Override
  public String convertToDatabaseColumn(Npwp value) {
    return value == null ? null : value.value();
  }

  @Override
  public Npwp convertToEntityAttribute(String column) {
    return column == null ? null : Npwp.stored(column);
  }
}
