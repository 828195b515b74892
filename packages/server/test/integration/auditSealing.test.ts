/**
 * The audit chain is sealed after the fact, so writers share no lock: a transaction holding an
 * audit row open does not make another audited transaction wait. The sealer chains what has
 * committed, in order, within a second; sealers of two instances never break the chain; and a row
 * taken out of the sealer's queue, or removed before it was sealed, is found by the verifier.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { sealAuditTrail, startAuditSealer } from '../../src/kernel/audit/sealer.ts';
import { verifyAuditChain } from '../../src/kernel/audit/verifyChain.ts';
import { rows, type Db } from '../../src/platform/db/database.ts';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts';
import { skipPostgres, storageModes } from '../support/storageModes.ts';

const write = (db: Db, action = 'read') =>
  db.execute(
    sql`INSERT INTO audit_events (action, outcome, purpose, details) VALUES (${action}, 'success', 'care', '{}')`,
  );

const counts = async (db: Db) => {
  const [c] = await rows<{ events: number; sealed: number; waiting: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM audit_events) AS events,
               (SELECT count(*)::int FROM audit_chain) AS sealed,
               (SELECT count(*)::int FROM audit_unsealed) AS waiting`,
  );
  if (c === undefined) throw new Error('no counts');
  return c;
};

describe.each(storageModes)('sealing the audit chain on %s', (mode) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(mode);
  });
  afterAll(() => database.drop());

  it('queues each new row, then seals every committed row once, in order', async () => {
    const db = database.db;
    await sealAuditTrail(db);
    const before = await counts(db);
    for (let i = 0; i < 25; i++) await write(db);
    expect(await counts(db)).toMatchObject({
      events: before.events + 25,
      sealed: before.sealed,
      waiting: 25,
    });
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: true, rows: before.sealed, unsealed: 25 });
    expect(await sealAuditTrail(db)).toBe(25);
    expect(await sealAuditTrail(db)).toBe(0);
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: true,
      rows: before.events + 25,
      unsealed: 0,
      oldestUnsealedAt: null,
    });
  });

  it('a rolled-back write leaves a gap in the numbers but none in the chain', async () => {
    const db = database.db;
    await expect(
      db.transaction(async (tx) => {
        await write(tx);
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    await write(db);
    await sealAuditTrail(db);
    const report = await verifyAuditChain(db);
    expect(report.ok).toBe(true);
    const [gap] = await rows<{ max_id: number; sealed: number }>(
      db,
      sql`SELECT (SELECT max(id)::int FROM audit_events) AS max_id,
                 (SELECT count(*)::int FROM audit_chain) AS sealed`,
    );
    expect(gap?.max_id).toBeGreaterThan(gap?.sealed ?? 0);
  });

  it('the beat seals within a second, and its stop seals what is left', async () => {
    const db = database.db;
    const sealer = startAuditSealer(db, { everyMs: 50, log: () => undefined });
    try {
      await write(db);
      const began = Date.now();
      while ((await counts(db)).waiting > 0) {
        if (Date.now() - began > 1_000) throw new Error('not sealed within a second');
        await new Promise((r) => setTimeout(r, 20));
      }
      await write(db);
    } finally {
      await sealer.stop();
    }
    expect((await counts(db)).waiting).toBe(0);
  });

  it('finds a row taken out of the queue, and a row removed before it was sealed', async () => {
    const db = database.db;
    await sealAuditTrail(db);
    await write(db, 'export');
    await database.executeSql(`DELETE FROM audit_unsealed`);
    const lost = await verifyAuditChain(db);
    expect(lost.ok ? 'intact' : lost.problem).toMatch(/neither sealed nor waiting to be sealed/);
    // Put back as it was, then remove an event behind the triggers while it waits.
    await database.executeSql(
      `INSERT INTO audit_unsealed SELECT id FROM audit_events a WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = a.id)`,
    );
    expect((await verifyAuditChain(db)).ok).toBe(true);
    await database.executeSql(`
      SET session_replication_role = replica;
      DELETE FROM audit_events WHERE action = 'export';
      SET session_replication_role = origin;`);
    const vanished = await verifyAuditChain(db);
    expect(vanished.ok ? 'intact' : vanished.problem).toMatch(/removed from the trail before/);
  });
});

describe.skipIf(skipPostgres)('audited writers on PostgreSQL share no lock', () => {
  let database: TestDatabase;
  let url: string;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    url = database.url ?? '';
  });
  afterAll(() => database.drop());

  it('a transaction holding an audit row open does not block another, and sealing follows commits', async () => {
    const slow = new pg.Client({ connectionString: url });
    const quick = new pg.Client({ connectionString: url });
    await slow.connect();
    await quick.connect();
    try {
      await sealAuditTrail(database.db);
      await slow.query('BEGIN');
      await slow.query(
        "INSERT INTO audit_events (action, outcome, details) VALUES ('read', 'success', '{\"who\": \"slow\"}')",
      );
      // Would wait for the slow transaction behind a shared lock; here it must not wait at all.
      await quick.query("SET statement_timeout = '2s'");
      await quick.query(
        "INSERT INTO audit_events (action, outcome, details) VALUES ('read', 'success', '{\"who\": \"quick\"}')",
      );
      // Only the committed row is sealed; the open one waits for its commit.
      expect(await sealAuditTrail(database.db)).toBe(1);
      await slow.query('COMMIT');
      expect(await sealAuditTrail(database.db)).toBe(1);
      const order = await rows<{ who: string }>(
        database.db,
        sql`SELECT a.details->>'who' AS who FROM audit_chain c JOIN audit_events a ON a.id = c.event_id
            WHERE a.details ? 'who' ORDER BY c.position`,
      );
      // The chain follows the order of commits, not of numbers.
      expect(order.map((o) => o.who)).toEqual(['quick', 'slow']);
      expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, unsealed: 0 });
    } finally {
      await slow.end();
      await quick.end();
    }
  });

  it('sealers of two instances sealing at once while writers write keep one unbroken chain', async () => {
    const other = new pg.Pool({ connectionString: url, max: 4 });
    const otherDb = (await import('drizzle-orm/node-postgres')).drizzle({ client: other });
    try {
      let writing = true;
      const writers = Array.from({ length: 4 }, async () => {
        let n = 0;
        while (writing && n < 150) {
          await write(database.db);
          n++;
        }
      });
      const sealers = [database.db, otherDb as unknown as Db].map(async (db) => {
        for (let i = 0; i < 40; i++) {
          await sealAuditTrail(db);
          await new Promise((r) => setTimeout(r, 5));
        }
      });
      await Promise.all(writers);
      writing = false;
      await Promise.all(sealers);
      await sealAuditTrail(database.db);
      const report = await verifyAuditChain(database.db);
      const c = await counts(database.db);
      expect(report).toMatchObject({ ok: true, rows: c.events, unsealed: 0 });
    } finally {
      await other.end();
    }
  });
});
