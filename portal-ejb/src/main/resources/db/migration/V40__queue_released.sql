-- Numbers given back by a reschedule or a cancellation: the session's room is quota - (issued - released).
-- issued alone still numbers the tickets (issued + 1), so numbers never repeat or gap.
ALTER TABLE queue_counter ADD COLUMN released INT DEFAULT 0 NOT NULL;
