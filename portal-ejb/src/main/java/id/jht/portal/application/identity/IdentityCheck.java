package id.jht.portal.application.identity;

import java.time.LocalDate;

/** What a participant typed to identify: NIK, KPJ, full name as on the KTP, birth date. */
public record IdentityCheck(String nik, String kpj, String fullName, LocalDate birthDate) {}
