/**
 * Upgrading a trail chained by the old head row (migrations up to 0018) to the sealed chain
 * (0019): the rows keep their numbers and hashes, the chain verifies, an anchor taken before the
 * upgrade still verifies after it, and rows written after it are numbered on and sealed after them.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anchorKey,
  appendAnchor,
  sealAnchor,
  verifyAnchors,
} from '../../src/kernel/audit/anchor.ts';
import { sealAuditTrail } from '../../src/kernel/audit/sealer.ts';
import { verifyAuditChain } from '../../src/kernel/audit/verifyChain.ts';
import { storageModes } from '../support/storageModes.ts';
import {
  currentMigrations,
  migrationsUpTo,
  openMigrationTarget,
  type MigrationTarget,
} from '../support/migrationTarget.ts';

describe.each(storageModes)('the upgrade to the sealed audit chain on %s', (mode) => {
  let target: MigrationTarget;
  let before: Awaited<ReturnType<typeof migrationsUpTo>>;
  let dir: string;
  const key = anchorKey(randomBytes(32));
  let anchorFile: string;
  let oldHead: { rows: number; hash: string };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'omringd-audit-upgrade-'));
    anchorFile = join(dir, 'anchors.jsonl');
    target = await openMigrationTarget(mode);
    before = await migrationsUpTo(18);
    await target.migrateTo(before.folder);
    // The old trigger numbers and chains these from its head row.
    await target.exec(`
      INSERT INTO audit_events (action, outcome, purpose, details)
        SELECT 'read', 'success', 'care', jsonb_build_object('n', n) FROM generate_series(1, 30) n;`);
    const { rows } = await target.query(
      'SELECT last_id::int AS n, last_hash FROM audit_chain_head',
    );
    oldHead = { rows: Number(rows[0]?.n), hash: String(rows[0]?.last_hash) };
    await appendAnchor(
      anchorFile,
      sealAnchor(key, { at: '2026-11-30T02:15:00.000Z', rows: oldHead.rows, hash: oldHead.hash }),
    );
    await target.migrateTo(currentMigrations);
  });
  afterAll(async () => {
    await target.close();
    await before.remove();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the chain and its anchor, and seals what comes after in order', async () => {
    expect(oldHead.rows).toBe(30);
    expect(await verifyAuditChain(target.db)).toMatchObject({
      ok: true,
      rows: 30,
      headHash: oldHead.hash,
      unsealed: 0,
    });
    const anchored = await verifyAnchors(target.db, key, anchorFile);
    expect(anchored.ok ? 'verifies' : anchored.problem).toBe('verifies');
    await target.exec(
      `INSERT INTO audit_events (action, outcome, purpose, details) VALUES ('read', 'success', 'care', '{}')`,
    );
    const { rows } = await target.query('SELECT max(id)::int AS id FROM audit_events');
    expect(rows[0]?.id).toBe(31);
    expect(await sealAuditTrail(target.db)).toBe(1);
    expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true, rows: 31 });
    expect(await verifyAnchors(target.db, key, anchorFile)).toMatchObject({ ok: true });
  });
});
