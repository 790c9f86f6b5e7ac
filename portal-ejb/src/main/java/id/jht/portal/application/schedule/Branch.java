package id.jht.portal.application.schedule;

import java.io.Serializable;
import java.time.ZoneId;

/**
 * What scheduling needs to know about a branch office, read with plain JDBC so that it works on any
 * connection (the container's or a test's own).
 *
 * @param zone the branch's time zone: its "today" and its session times are in it
 */
public record Branch(
    long id,
    String code,
    String name,
    String address,
    String city,
    String province,
    ZoneId zone,
    double latitude,
    double longitude,
    boolean active)
    implements Serializable {

  private static final double EARTH_RADIUS_KM = 6371.0;

  /** Great-circle distance in kilometres, for "nearest branch first". */
  public double distanceKm(Branch other) {
    double lat1 = Math.toRadians(latitude);
    double lat2 = Math.toRadians(other.latitude);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(other.longitude - longitude);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
