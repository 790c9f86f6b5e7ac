package id.jht.portal.infrastructure.persistence.converter;

import id.jht.portal.domain.model.participant.PersonName;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a person's name as typed; reads it back exactly, without validating it again (see the
 * package comment).
 */
@Converter(autoApply = true)
public class PersonNameConverter implements AttributeConverter<PersonName, String> {

  @Override
  public String convertToDatabaseColumn(PersonName value) {
    return value == null ? null : value.value();
  }

  @Override
  public PersonName convertToEntityAttribute(String column) {
    return column == null ? null : PersonName.stored(column);
  }
}
