/**
 * The logs an operator keeps are JSON lines without family data: requests that carry names,
 * concerns and restricted fields (addiction, violence) — accepted, refused and failing — leave
 * no trace of them in any line.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organizations } from '../../src/platform/db/schema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { Agent, createPerson } from '../support/people.ts';
import { referralContent } from '../support/referralFixture.ts';

const secrets = [
  'Zeynep Geheimnaam',
  'Moeder gebruikt dagelijks heroïne',
  'Vader slaat de baby',
  'Wondelgemstraat 77',
  'kato.logboek@example.be',
];

describe.each(storageModes)('the logs on %s', (mode) => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(
          ...chunk
            .toString('utf8')
            .split('\n')
            .filter((l) => l !== ''),
        );
        done();
      },
    });
    t = await createTestApp(mode, new Date('2026-11-23T09:00:00Z'), {
      rateLimitPerMinute: false,
      logger: { stream },
    });
  });
  afterAll(() => closeTestApp(t));

  it('hold no family data, whatever the requests carried', async () => {
    const [org] = await t.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.key, 'zorggarantie-limburg'));
    const coordinator = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: org?.id ?? '',
      name: 'Kato Logboek',
      now: t.now.value,
    });
    const agent = new Agent(t.app, t.now);
    expect((await agent.signIn(coordinator)).status).toBe(200);
    const opened = await agent.request<{ id: string }>('POST', '/api/v1/cases', {
      organizationId: org?.id,
      familyLabel: 'Zeynep Geheimnaam',
      title: 'Zorgen',
      concern: 'Vader slaat de baby',
      restricted: {
        addiction: 'Moeder gebruikt dagelijks heroïne',
        violence: 'Vader slaat de baby',
      },
    });
    expect(opened.status).toBe(201);
    await agent.request('GET', `/api/v1/cases/${opened.body.id}`);
    const referral = await agent.request<{ id: string }>('POST', '/api/v1/referrals', {
      programmeKey: 'zorggarantie-limburg',
      content: referralContent('young_child', {
        parent: 'Zeynep Geheimnaam',
        street: 'Wondelgemstraat 77',
        behaviour: 'Vader slaat de baby',
      }),
    });
    // Refused input that holds family data: a text over its limit, a bad postal code.
    await agent.request('PUT', `/api/v1/referrals/${referral.body.id}/draft`, {
      ...referralContent('young_child', { parent: 'Zeynep Geheimnaam' }),
      concern: { behaviour: 'Vader slaat de baby. '.repeat(400) },
    });
    await agent.request('PUT', `/api/v1/referrals/${referral.body.id}/draft`, {
      family: { parents: [{ name: 'Zeynep Geheimnaam' }], postalCode: 'Wondelgemstraat 77' },
    });
    await agent.request('POST', `/api/v1/referrals/${referral.body.id}/messages`, {
      text: 'Moeder gebruikt dagelijks heroïne',
    });
    await agent.request('GET', `/api/v1/referrals/${referral.body.id}`);

    // One line per answer, naming the route's pattern (never the URL with its ids and query).
    const answers = lines
      .map((l) => JSON.parse(l) as { msg?: string; route?: string; status?: number })
      .filter((l) => l.msg === 'answered');
    expect(answers.length).toBeGreaterThanOrEqual(8);
    expect(answers).toContainEqual(
      expect.objectContaining({ route: '/api/v1/cases/:id', status: 200 }),
    );
    expect(lines.some((l) => l.includes(referral.body.id))).toBe(false);
    for (const line of lines) {
      expect(() => JSON.parse(line) as unknown, line).not.toThrow();
      for (const secret of secrets)
        expect(line, `a log line holds "${secret}"`).not.toContain(secret);
    }
  });
});
