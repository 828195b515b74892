-- The application may run as a role that can only add to the audit trail. The chain trigger runs
-- with the rights of the schema's owner (SECURITY DEFINER), so the application role needs no
-- right on the chain head at all; and the database, not the application, says when an event
-- happened.
CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW.occurred_at := clock_timestamp();
  UPDATE audit_chain_head SET last_id = last_id + 1 WHERE singleton
    RETURNING last_id, last_hash INTO NEW.id, NEW.prev_hash;
  NEW.hash := audit_event_hash(NEW);
  UPDATE audit_chain_head SET last_hash = NEW.hash WHERE singleton;
  RETURN NEW;
END
$$;
--> statement-breakpoint
-- The head is changed by the chain trigger alone: an UPDATE from anywhere else is refused.
CREATE FUNCTION audit_chain_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION 'The audit chain head is moved by the audit trail itself, not by hand.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_chain_head_guard BEFORE UPDATE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_chain_head_guard();
--> statement-breakpoint
ALTER TABLE audit_events ALTER COLUMN occurred_at SET DEFAULT clock_timestamp();
