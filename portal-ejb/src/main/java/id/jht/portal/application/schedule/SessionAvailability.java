package id.jht.portal.application.schedule;

import java.io.Serializable;
import java.time.LocalTime;

/**
 * One session of a branch on one date: its quota (the date's override, else the session's default)
 * and how many places are taken. Cancelled and rescheduled tickets keep their numbers, but give
 * their places back.
 *
 * @param start local time in the branch's zone
 * @param issued the places taken: numbers issued minus those given back
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
