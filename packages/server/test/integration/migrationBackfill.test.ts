/**
 * Upgrading a database that already holds referrals: the feedback that used to be kept on each
 * step (referral_events.note) becomes the messages of the thread (migration 0017), with who,
 * when and which side — on both storage modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageModes } from '../support/storageModes.ts';
import {
  currentMigrations,
  migrationsUpTo,
  openMigrationTarget,
  type MigrationTarget,
} from '../support/migrationTarget.ts';

const ids = {
  org: '11111111-1111-4111-8111-111111111111',
  referrer: '22222222-2222-4222-8222-222222222222',
  coordinator: '33333333-3333-4333-8333-333333333333',
  referral: '44444444-4444-4444-8444-444444444444',
};

describe.each(storageModes)('the upgrade to message threads on %s', (mode) => {
  let target: MigrationTarget;
  let before: Awaited<ReturnType<typeof migrationsUpTo>>;
  beforeAll(async () => {
    target = await openMigrationTarget(mode);
    // The migrations as they were before the thread: up to and including 0016.
    before = await migrationsUpTo(16);
    await target.migrateTo(before.folder);
    // A referral as the old version kept it: two steps with feedback, one without.
    await target.exec(`
      INSERT INTO organizations (id, key, name, description, last_modified)
        VALUES ('${ids.org}', 'oud', 'Oude organisatie', '', now());
      INSERT INTO users (id, email, display_name, status, created_at) VALUES
        ('${ids.referrer}', 'kato@example.be', 'Kato Verpleeg', 'active', now()),
        ('${ids.coordinator}', 'mira@example.be', 'Mira Claes', 'active', now());
      INSERT INTO referrals (id, receiving_organization_id, status, referrer_user_id,
          referrer_organization_id, content, created_at, updated_at)
        VALUES ('${ids.referral}', '${ids.org}', 'in-progress', '${ids.referrer}', '${ids.org}',
          '{}', now(), now());
      INSERT INTO referral_events (id, referral_id, at, by_user_id, from_status, to_status, note) VALUES
        (gen_random_uuid(), '${ids.referral}', '2026-11-02T09:00:00Z', '${ids.referrer}', NULL, 'draft', ''),
        (gen_random_uuid(), '${ids.referral}', '2026-11-03T09:00:00Z', '${ids.coordinator}', 'requested', 'accepted', 'Ik neem het op.'),
        (gen_random_uuid(), '${ids.referral}', '2026-11-04T09:00:00Z', '${ids.referrer}', 'accepted', 'cancelled', 'Het gezin verhuist.'),
        (gen_random_uuid(), '${ids.referral}', '2026-11-05T09:00:00Z', '${ids.coordinator}', 'accepted', 'in-progress', '');
    `);
    await target.migrateTo(currentMigrations);
  });
  afterAll(async () => {
    await target.close();
    await before.remove();
  });

  it('keeps every earlier feedback as a message, with who, when and which side', async () => {
    const { rows } = await target.query(
      `SELECT by_name, side, body, at FROM referral_messages WHERE referral_id = '${ids.referral}' ORDER BY at`,
    );
    expect(rows.map((r) => [r.by_name, r.side, r.body])).toEqual([
      ['Mira Claes', 'receiver', 'Ik neem het op.'],
      ['Kato Verpleeg', 'referrer', 'Het gezin verhuist.'],
    ]);
    expect(new Date(String(rows[0]?.at)).toISOString()).toBe('2026-11-03T09:00:00.000Z');
  });
});
