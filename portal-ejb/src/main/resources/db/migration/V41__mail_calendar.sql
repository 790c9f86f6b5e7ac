-- An iCalendar file sent with a mail (the booking confirmation's appointment): a few hundred bytes of text.
ALTER TABLE outgoing_mail ADD COLUMN calendar_name VARCHAR(120);
ALTER TABLE outgoing_mail ADD COLUMN calendar_ics VARCHAR(4000);
