package id.jht.portal.application.schedule;

import java.io.Serializable;
import java.time.LocalTime;

/**
 * One session of a branch on one date: its quota (the date's override, else the session's default)
 * and how many numbers were issued so far. Cancelled and rescheduled tickets keep their numbers, so
 * they still count as issued.
 *
 * @param start local time in the branch's zone
 */
public record SessionAvailability(
    String code, LocalTime start, LocalTime end, int quota, int issued) implements Serializable {

  public int remaining() {
    return Math.max(0, quota - issued);
  }

  public boolean hasRoom() {
    return remaining() > 0;
  }
}
