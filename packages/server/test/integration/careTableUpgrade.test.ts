/**
 * Upgrading a database whose care tables were moments on the referral (migration 0022): a care
 * table recorded as held becomes a held meeting in the case, at that moment, and the referral's
 * deadline keeps reading it — on both storage modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingContentSchema } from '@omringd/core';
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
  family: '55555555-5555-4555-8555-555555555555',
  case: '66666666-6666-4666-8666-666666666666',
  held: '44444444-4444-4444-8444-444444444444',
  agreed: '77777777-7777-4777-8777-777777777777',
};

describe.each(storageModes)('the upgrade to care tables as meetings on %s', (mode) => {
  let target: MigrationTarget;
  let before: Awaited<ReturnType<typeof migrationsUpTo>>;
  beforeAll(async () => {
    target = await openMigrationTarget(mode);
    // The migrations as they were before meetings: up to and including 0021.
    before = await migrationsUpTo(21);
    await target.migrateTo(before.folder);
    await target.exec(`
      INSERT INTO organizations (id, key, name, description, last_modified)
        VALUES ('${ids.org}', 'oud', 'Oude organisatie', '', now());
      INSERT INTO users (id, email, display_name, status, created_at)
        VALUES ('${ids.referrer}', 'kato@example.be', 'Kato Verpleeg', 'active', now());
      INSERT INTO families (id, label, created_at) VALUES ('${ids.family}', 'Gezin Oud', now());
      INSERT INTO cases (id, family_id, organization_id, title, status, created_at, updated_at)
        VALUES ('${ids.case}', '${ids.family}', '${ids.org}', 'Zorggarantie', 'open', now(), now());
      INSERT INTO referrals (id, receiving_organization_id, status, referrer_user_id,
          referrer_organization_id, content, created_at, updated_at, case_id,
          care_table_agreed_at, care_table_held_at)
        VALUES
        ('${ids.held}', '${ids.org}', 'in-progress', '${ids.referrer}', '${ids.org}', '{}', now(), now(),
          '${ids.case}', '2026-11-02T09:00:00Z', '2026-11-03T14:30:00Z'),
        ('${ids.agreed}', '${ids.org}', 'in-progress', '${ids.referrer}', '${ids.org}', '{}', now(), now(),
          '${ids.case}', '2026-11-02T09:00:00Z', NULL);
    `);
    await target.migrateTo(currentMigrations);
  });
  afterAll(async () => {
    await target.close();
    await before.remove();
  });

  it('makes each care table held on a referral a held meeting of its case, and no more', async () => {
    const { rows } = await target.query(
      `SELECT case_id, status, held_at, starts_at, content, version FROM case_meetings`,
    );
    expect(rows).toHaveLength(1);
    const [meeting] = rows;
    expect(meeting).toMatchObject({ case_id: ids.case, status: 'held', version: 1 });
    expect(new Date(String(meeting?.held_at)).toISOString()).toBe('2026-11-03T14:30:00.000Z');
    const content = meetingContentSchema.parse(
      typeof meeting?.content === 'string' ? JSON.parse(meeting.content) : meeting?.content,
    );
    expect(content.startsAt).toBe('2026-11-03T14:30:00Z');
    // The referral keeps its own moment, which the deadline reads.
    const { rows: kept } = await target.query(
      `SELECT care_table_held_at FROM referrals WHERE id = '${ids.held}'`,
    );
    expect(new Date(String(kept[0]?.care_table_held_at)).toISOString()).toBe(
      '2026-11-03T14:30:00.000Z',
    );
  });
});
