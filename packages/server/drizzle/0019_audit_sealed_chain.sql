-- The audit chain without a lock shared by every writer. Until now one head row, updated by each
-- audit insert until its transaction committed, ordered all audited work in the system behind one
-- lock. Now an insert takes a number from a sequence and queues its row; the sealer (one at a
-- time, within a second) chains the committed rows in order into audit_chain. The hash of a row
-- is computed exactly as before, over the previous hash and the event, so the chain carried over
-- from the old columns keeps its hashes and the anchors already kept outside still verify.
CREATE TABLE "audit_chain" (
	"position" bigint PRIMARY KEY NOT NULL,
	"event_id" bigint NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_chain_event_id_unique" UNIQUE("event_id")
);
--> statement-breakpoint
CREATE TABLE "audit_unsealed" (
	"event_id" bigint PRIMARY KEY NOT NULL
);
--> statement-breakpoint
INSERT INTO audit_chain (position, event_id, prev_hash, hash)
  SELECT id, id, prev_hash, hash FROM audit_events ORDER BY id;
--> statement-breakpoint
CREATE SEQUENCE audit_events_id_seq AS bigint OWNED BY audit_events.id;
--> statement-breakpoint
SELECT setval('audit_events_id_seq', (SELECT last_id FROM audit_chain_head) + 1, false);
--> statement-breakpoint
DROP TRIGGER audit_events_chain ON audit_events;
--> statement-breakpoint
DROP FUNCTION audit_events_chain();
--> statement-breakpoint
DROP FUNCTION audit_event_hash(audit_events);
--> statement-breakpoint
DROP TABLE audit_chain_head;
--> statement-breakpoint
DROP FUNCTION audit_chain_head_guard();
--> statement-breakpoint
ALTER TABLE "audit_events" DROP COLUMN "prev_hash";--> statement-breakpoint
ALTER TABLE "audit_events" DROP COLUMN "hash";
--> statement-breakpoint
-- The canonical text of a row after the previous hash: every field, NULL written as \N, fields
-- separated by the unit separator; instants in UTC so the session's time zone does not change it.
CREATE FUNCTION audit_chain_hash(prev text, e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws(chr(31),
    prev,
    e.id::text,
    to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.action,
    e.outcome,
    coalesce(e.user_id::text, '\N'),
    coalesce(e.user_name, '\N'),
    coalesce(e.on_behalf_of::text, '\N'),
    coalesce(e.role, '\N'),
    coalesce(e.organization_id::text, '\N'),
    coalesce(e.purpose, '\N'),
    coalesce(e.subject_type, '\N'),
    coalesce(e.subject_id, '\N'),
    coalesce(e.case_id::text, '\N'),
    coalesce(e.ip, '\N'),
    e.details::text
  ), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Each new row: its number and time from the database (the application chooses neither), and a
-- place in the queue of rows to seal. Nothing here is shared between writers but the sequence.
CREATE FUNCTION audit_events_number() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW.id := nextval('audit_events_id_seq');
  NEW.occurred_at := clock_timestamp();
  INSERT INTO audit_unsealed (event_id) VALUES (NEW.id);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_number BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_number();
--> statement-breakpoint
-- Chains up to max_rows committed rows, in the order of their numbers, after the chain's last
-- position; answers how many, or -1 when another sealer holds the turn (another instance). A row
-- whose transaction has not committed yet is not seen, and is sealed on a later turn.
CREATE FUNCTION audit_seal(max_rows integer) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head_position bigint;
  head_hash text;
  first_position bigint;
  next_hash text;
  e audit_events;
BEGIN
  IF NOT pg_try_advisory_xact_lock(7513001) THEN
    RETURN -1;
  END IF;
  SELECT position, hash INTO head_position, head_hash FROM audit_chain
    ORDER BY position DESC LIMIT 1;
  IF head_position IS NULL THEN
    head_position := 0;
    head_hash := repeat('0', 64);
  END IF;
  first_position := head_position;
  FOR e IN
    SELECT a.* FROM audit_unsealed u JOIN audit_events a ON a.id = u.event_id
    ORDER BY u.event_id LIMIT max_rows
  LOOP
    next_hash := audit_chain_hash(head_hash, e);
    head_position := head_position + 1;
    INSERT INTO audit_chain (position, event_id, prev_hash, hash)
      VALUES (head_position, e.id, head_hash, next_hash);
    head_hash := next_hash;
  END LOOP;
  DELETE FROM audit_unsealed u USING audit_chain c
    WHERE c.event_id = u.event_id AND c.position > first_position;
  RETURN head_position - first_position;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
