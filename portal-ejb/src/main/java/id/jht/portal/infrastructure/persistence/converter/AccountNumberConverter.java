package id.jht.portal.infrastructure.persistence.converter;

import id.jht.portal.domain.model.contact.AccountNumber;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a bank account number as its digits; reads it back without checking it against the bank
 * again (see the package comment). The bank itself is an enum column beside it.
 */
@Converter(autoApply = true)
public class AccountNumberConverter implements AttributeConverter<AccountNumber, String> {

  @Override
  public String convertToDatabaseColumn(AccountNumber value) {
    return value == null ? null : value.value();
  }

  @Override
  public AccountNumber convertToEntityAttribute(String column) {
    return column == null ? null : AccountNumber.stored(column);
  }
}
