-- The secret parts of a queued mail (one-time release codes, booking codes), one per line: the
-- outbox shows them masked to administrators, and once the mail is sent they are masked in the
-- stored subject and body too and this column is cleared. Staff never read a participant's code.
ALTER TABLE outgoing_mail ADD secret_values VARCHAR(500);
