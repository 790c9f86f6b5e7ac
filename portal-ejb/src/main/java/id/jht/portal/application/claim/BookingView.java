package id.jht.portal.application.claim;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A booked claim as the participant sees it after submission. */
public record BookingView(
    Long claimId,
    String ticketNumber,
    String bookingCode,
    String ticketStatus,
    String claimStatus,
    String branchCode,
    String branchName,
    String branchAddress,
    ZoneId branchZone,
    LocalDate serviceDate,
    String sessionCode,
    LocalTime sessionStart,
    LocalTime sessionEnd,
    String reason,
    Long payableAmount,
    String email) {}
