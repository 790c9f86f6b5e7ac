package id.jht.portal.infrastructure.persistence.converter;

import id.jht.portal.domain.model.participant.Kpj;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a KPJ as its 11 digits; reads it back without validating it again (see the package
 * comment).
 */
@Converter(autoApply = true)
public class KpjConverter implements AttributeConverter<Kpj, String> {

  @Override
  public String convertToDatabaseColumn(Kpj value) {
    return value == null ? null : value.value();
  }

  @Override
  public Kpj convertToEntityAttribute(String column) {
    return column == null ? null : Kpj.stored(column);
  }
}
