package id.jht.portal.application.claim;

import id.jht.portal.application.schedule.Branch;
import id.jht.portal.domain.model.branch.BranchOffice;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The active branches a participant can choose: searchable by city or province, nearest first. */
@Stateless
public class BranchDirectory {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  public List<Branch> all() {
    return em
        .createQuery(
            "SELECT b FROM BranchOffice b WHERE b.active = TRUE ORDER BY b.province, b.city, b.name",
            BranchOffice.class)
        .getResultList()
        .stream()
        .map(BranchDirectory::toBranch)
        .toList();
  }

  /**
   * Branches whose name, city or province contains the search text (any case), ordered by distance
   * from the given position when the browser shared one, else by province and city.
   */
  public static List<Branch> search(
      List<Branch> branches, String text, Double latitude, Double longitude) {
    String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    var matching =
        branches.stream()
            .filter(
                b ->
                    needle.isEmpty()
                        || (b.name() + " " + b.city() + " " + b.province())
                            .toLowerCase(Locale.ROOT)
                            .contains(needle));
    if (latitude != null && longitude != null) {
      Branch here =
          new Branch(0, "", "", "", "", "", java.time.ZoneOffset.UTC, latitude, longitude, true);
      return matching.sorted(Comparator.comparingDouble(b -> b.distanceKm(here))).toList();
    }
    return matching.toList();
  }

  static Branch toBranch(BranchOffice b) {
    return new Branch(
        b.getId(),
        b.getCode(),
        b.getName(),
        b.getAddress(),
        b.getCity(),
        b.getProvince(),
        b.getZoneId(),
        b.getLatitude().doubleValue(),
        b.getLongitude().doubleValue(),
        b.isActive());
  }
}
