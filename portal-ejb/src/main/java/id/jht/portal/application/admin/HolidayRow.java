package id.jht.portal.application.admin;

import java.io.Serializable;
import java.time.LocalDate;

/** A national holiday with its name in both languages. */
public record HolidayRow(long id, LocalDate date, String nameId, String nameEn)
    implements Serializable {}
