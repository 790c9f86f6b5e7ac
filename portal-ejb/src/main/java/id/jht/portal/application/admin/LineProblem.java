package id.jht.portal.application.admin;

import id.jht.portal.domain.shared.Message;
import java.io.Serializable;

/**
 * What is wrong with one field of one line of an import file.
 *
 * @param line the line number in the file, from 1
 * @param field the column name (e.g. {@code birth_date}), or {@code line}/{@code file} for the
 *     whole line or file
 */
public record LineProblem(int line, String field, Message message) implements Serializable {}
