package id.jht.portal.domain.model.correction;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The identity data as printed on the participant's e-KTP, typed by the participant.
 *
 * @param fullName the name as on the e-KTP
 * @param birthDate the birth date as on the e-KTP
 */
public record EktpData(String fullName, LocalDate birthDate) implements Serializable {}
