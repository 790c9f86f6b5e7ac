package id.jht.portal.application.admin;

import java.io.Serializable;
import java.time.LocalTime;

/** One daily service session of a branch with its default quota; times in the branch's zone. */
public record SessionRow(long id, String code, LocalTime start, LocalTime end, int defaultQuota)
    implements Serializable {}
