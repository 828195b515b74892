/**
 * What the database's own superuser can do to the trail, and how the anchor kept outside finds
 * it: a chain rewritten from some row on and re-chained verifies by itself, but no longer ends in
 * the anchored row; a tail cut off does not either.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anchorKey,
  appendAnchor,
  currentAnchor,
  verifyAnchors,
} from '../../src/kernel/audit/anchor.ts';
import { verifyAuditChain } from '../../src/kernel/audit/verifyChain.ts';
import { sealAuditTrail } from '../../src/kernel/audit/sealer.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { Agent } from '../support/people.ts';

/** As a superuser who switches the triggers off: change an event, then re-chain from `from` on. */
const rechainFrom = (from: number) => `
  SET session_replication_role = replica;
  UPDATE audit_events SET details = '{"rewritten": true}'::jsonb
    WHERE id = (SELECT event_id FROM audit_chain WHERE position = ${from});
  DO $$
  DECLARE link record; prev text;
  BEGIN
    SELECT hash INTO prev FROM audit_chain WHERE position = ${from - 1};
    FOR link IN SELECT c.position, a AS event FROM audit_chain c
        JOIN audit_events a ON a.id = c.event_id
        WHERE c.position >= ${from} ORDER BY c.position LOOP
      UPDATE audit_chain SET prev_hash = prev, hash = audit_chain_hash(prev, link.event)
        WHERE position = link.position;
      prev := audit_chain_hash(prev, link.event);
    END LOOP;
  END $$;
  SET session_replication_role = origin;`;

const problemOf = (report: Awaited<ReturnType<typeof verifyAnchors>>) =>
  report.ok ? 'no problem found' : report.problem;

describe.each(storageModes)('the audit anchor on %s', (mode) => {
  let t: TestApp;
  let dir: string;
  const key = anchorKey(randomBytes(32));
  beforeAll(async () => {
    t = await createTestApp(mode, undefined, { rateLimitPerMinute: false });
    dir = await mkdtemp(join(tmpdir(), 'omringd-anchor-'));
    // Some trail: failed sign-ins are on it.
    for (let i = 0; i < 8; i++)
      await new Agent(t.app, t.now, `10.70.0.${i}`).request('POST', '/api/v1/auth/login', {
        email: `niemand-${i}@example.be`,
        password: 'x',
      });
  });
  afterAll(async () => {
    await closeTestApp(t);
    await rm(dir, { recursive: true, force: true });
  });

  it('an anchor of the intact trail verifies, and a changed anchor line does not', async () => {
    await sealAuditTrail(t.database.db);
    const file = join(dir, 'intact.jsonl');
    await appendAnchor(file, await currentAnchor(t.database.db, key, t.now.value));
    const report = await verifyAnchors(t.database.db, key, file);
    expect(report).toMatchObject({ ok: true, anchors: 1 });
    const forged = join(dir, 'forged.jsonl');
    const line = JSON.parse(await readFile(file, 'utf8')) as { rows: number };
    await writeFile(forged, `${JSON.stringify({ ...line, rows: line.rows - 1 })}\n`);
    expect(problemOf(await verifyAnchors(t.database.db, key, forged))).toMatch(
      /seal does not match/,
    );
  });

  it('finds a chain rewritten and re-chained behind the triggers, which verifies by itself', async () => {
    const file = join(dir, 'rewritten.jsonl');
    const anchor = await currentAnchor(t.database.db, key, t.now.value);
    await appendAnchor(file, anchor);
    await t.database.executeSql(rechainFrom(anchor.rows - 3));
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
    expect(problemOf(await verifyAnchors(t.database.db, key, file))).toMatch(
      /rewritten: row \d+ no longer has the hash/,
    );
  });

  it('finds a tail cut off, which the chain alone does not', async () => {
    const file = join(dir, 'cut.jsonl');
    const anchor = await currentAnchor(t.database.db, key, t.now.value);
    await appendAnchor(file, anchor);
    await t.database.executeSql(`
      SET session_replication_role = replica;
      DELETE FROM audit_events
        WHERE id IN (SELECT event_id FROM audit_chain WHERE position > ${anchor.rows - 2});
      DELETE FROM audit_chain WHERE position > ${anchor.rows - 2};
      SET session_replication_role = origin;`);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
    expect(problemOf(await verifyAnchors(t.database.db, key, file))).toMatch(/cut short/);
  });
});
