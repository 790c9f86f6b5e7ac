package id.jht.portal.application.correction;

import id.jht.portal.domain.model.correction.CorrectionKind;
import id.jht.portal.domain.model.correction.CorrectionRequest;
import id.jht.portal.domain.model.correction.CorrectionState;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A correction request as pages show it; NIK and KPJ only masked. */
public record CorrectionView(
    Long id,
    CorrectionKind kind,
    CorrectionState state,
    String participantName,
    String maskedNik,
    String branchName,
    String maskedKpj,
    String employerName,
    String statement,
    LocalDate letterDate,
    String documentName,
    Instant submittedAt,
    String refusalReason,
    String claimedName,
    LocalDate claimedBirthDate,
    String registryName,
    LocalDate registryBirthDate)
    implements Serializable {

  /** Whether the e-KTP's name differs from the registry's as it stood at the request. */
  public boolean nameDiffers() {
    return claimedName != null && !claimedName.equals(registryName);
  }

  public boolean birthDateDiffers() {
    return claimedBirthDate != null && !claimedBirthDate.equals(registryBirthDate);
  }

  static CorrectionView of(CorrectionRequest r) {
    return new CorrectionView(
        r.getId(),
        r.getKind(),
        r.getState(),
        r.getParticipant().getFullName().value(),
        r.getParticipant().getNik().masked(),
        r.getParticipant().getHomeBranch().getName(),
        r.getMembership() == null ? null : r.getMembership().getKpj().masked(),
        r.getMembership() == null ? null : r.getMembership().getEmployerName(),
        r.getStatement(),
        r.getLetterDate(),
        r.getDocumentName(),
        r.getSubmittedAt(),
        r.getRefusalReason(),
        r.getClaimedName(),
        r.getClaimedBirthDate(),
        r.getRegistryName(),
        r.getRegistryBirthDate());
  }
}
