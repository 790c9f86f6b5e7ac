package id.jht.portal.application.claim;

import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.domain.model.branch.BranchOffices;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The active branches a participant can choose: searchable by city or province, nearest first. */
@Stateless
public class BranchDirectory {

  @Inject BranchOffices offices;

  /** The active branches, by province, city and name. */
  public List<BranchOffice> all() {
    return offices.active();
  }

  /**
   * Branches whose name, city or province contains the search text (any case), ordered by distance
   * from the given position when the browser shared one, else by province and city.
   */
  public static List<BranchOffice> search(
      List<BranchOffice> branches, String text, Double latitude, Double longitude) {
    String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    var matching =
        branches.stream()
            .filter(
                b ->
                    needle.isEmpty()
                        || (b.getName() + " " + b.getCity() + " " + b.getProvince())
                            .toLowerCase(Locale.ROOT)
                            .contains(needle));
    if (latitude != null && longitude != null) {
      return matching
          .sorted(Comparator.comparingDouble(b -> b.distanceKm(latitude, longitude)))
          .toList();
    }
    return matching.toList();
  }
}
