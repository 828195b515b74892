-- The audit trail is append-only and hash-chained, enforced by the database itself.
-- A single head row holds the last number and hash; the trigger updates it, so its row lock
-- orders concurrent writers, numbers stay contiguous (a rolled-back insert gives its number back)
-- and each row's prev_hash is the hash of the row numbered before it.
CREATE TABLE audit_chain_head (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  last_id bigint NOT NULL,
  last_hash text NOT NULL
);
--> statement-breakpoint
INSERT INTO audit_chain_head (singleton, last_id, last_hash) VALUES (true, 0, repeat('0', 64));
--> statement-breakpoint
-- The canonical text of a row: every field but the hash, NULL written as \N, fields separated by
-- the unit separator; instants in UTC so the session's time zone does not change the hash.
CREATE FUNCTION audit_event_hash(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws(chr(31),
    e.prev_hash,
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
CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE audit_chain_head SET last_id = last_id + 1 WHERE singleton
    RETURNING last_id, last_hash INTO NEW.id, NEW.prev_hash;
  NEW.hash := audit_event_hash(NEW);
  UPDATE audit_chain_head SET last_hash = NEW.hash WHERE singleton;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
--> statement-breakpoint
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit trail is append-only: % on % is not allowed.', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_head_keep BEFORE DELETE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
