/**
 * The family in the case file: carried in from the accepted referral (entered once), changed with
 * the version seen (a stale save is a 409 with the family as it is now, never an overwrite; of
 * saves racing on one version exactly one wins), and a birth recorded, which counts the
 * programme's window from the birth and tells the case coordinator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BirthRecordedView, CaseFamily } from '@omringd/core';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import type { Person } from '../support/people.ts';
import { acceptedCase, type AcceptedCase } from '../support/acceptedCase.ts';

type ErrorBody = { error: { code: string; reason?: string; current?: CaseFamily } };

describe.each(storageModes)('the family in the case file on %s', (mode) => {
  let t: TestApp;
  let mira: Person;
  let ilse: Person;
  let caseId: string;
  let referralId: string;
  let signedIn: AcceptedCase['signedIn'];

  beforeAll(async () => {
    // Monday 23 November 2026, 10:00 in Brussels: Mira Claes is on duty.
    t = await createTestApp(mode, new Date('2026-11-23T09:00:00Z'), { rateLimitPerMinute: false });
    ({ caseId, referralId, mira, ilse, signedIn } = await acceptedCase(t, '10.40.0'));
  });
  afterAll(() => closeTestApp(t));

  it('starts from what the referral said of the family', async () => {
    const coordinator = await signedIn(mira);
    const family = await coordinator.request<CaseFamily>('GET', `/api/v1/cases/${caseId}/family`);
    expect(family.status).toBe(200);
    expect(family.body.version).toBe(1);
    expect(family.body.family).toMatchObject({
      street: 'Kempische Steenweg 12',
      postalCode: '3500',
      members: [
        { kind: 'adult', id: 'p1', name: 'Sanne', role: 'mother' },
        { kind: 'unborn', id: 'c1', dueDate: '2027-03-15' },
      ],
    });
  });

  it('refuses a save of a version changed meanwhile, with the family as it is now', async () => {
    const coordinator = await signedIn(mira);
    const { body: seen } = await coordinator.request<CaseFamily>(
      'GET',
      `/api/v1/cases/${caseId}/family`,
    );
    const withFather = {
      ...seen.family,
      calledName: 'Sanne en Tom',
      members: [...seen.family.members, { kind: 'adult', id: 'p2', name: 'Tom', role: 'father' }],
    };
    const first = await coordinator.request<CaseFamily>('PUT', `/api/v1/cases/${caseId}/family`, {
      version: seen.version,
      family: withFather,
    });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(seen.version + 1);
    const colleague = await signedIn(ilse);
    const stale = await colleague.request<ErrorBody>('PUT', `/api/v1/cases/${caseId}/family`, {
      version: seen.version,
      family: { ...seen.family, language: 'ar', interpreterNeeded: true },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'conflict', reason: 'changed_meanwhile' });
    expect(stale.body.error.current?.version).toBe(first.body.version);
    expect(stale.body.error.current?.family.calledName).toBe('Sanne en Tom');
    // A date that cannot be right is refused at its field, as on the referral form.
    const impossible = await colleague.request<
      ErrorBody & { error: { fields: { field: string }[] } }
    >('PUT', `/api/v1/cases/${caseId}/family`, {
      version: first.body.version,
      family: {
        ...first.body.family,
        members: [{ kind: 'child', id: 'c9', name: 'X', birthDate: '2027-06-01' }],
      },
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body.error.reason).toBe('birth_in_future');
    expect(impossible.body.error.fields.map((f) => f.field)).toEqual([
      'family.members.0.birthDate',
    ]);
    const now = await colleague.request<CaseFamily>('GET', `/api/v1/cases/${caseId}/family`);
    expect(now.body.family.language).toBe('nl');
    expect(now.body.family.members).toHaveLength(3);
  });

  it('records the birth: a child now, the window counted from the birth, the coordinator told', async () => {
    const colleague = await signedIn(ilse);
    const { body: seen } = await colleague.request<CaseFamily>(
      'GET',
      `/api/v1/cases/${caseId}/family`,
    );
    const future = await colleague.request<ErrorBody>(
      'POST',
      `/api/v1/cases/${caseId}/family/birth`,
      { version: seen.version, memberId: 'c1', name: 'Noor', birthDate: '2026-11-24' },
    );
    expect(future.status).toBe(400);
    expect(future.body.error.reason).toBe('birth_in_future');
    const notUnborn = await colleague.request<ErrorBody>(
      'POST',
      `/api/v1/cases/${caseId}/family/birth`,
      { version: seen.version, memberId: 'p1', name: 'Noor', birthDate: '2026-11-20' },
    );
    expect(notUnborn.body.error.reason).toBe('not_unborn');
    // Before the birth, the Parket cannot be involved under Veilig van in de buik.
    const parket = () =>
      colleague.request<ErrorBody>('POST', `/api/v1/referrals/${referralId}/prosecutor`, {
        note: 'Melding aan het parket na de geboorte.',
      });
    const early = await parket();
    expect(early.status).toBe(409);
    expect(early.body.error.reason).toBe('not_born_yet');
    const born = await colleague.request<BirthRecordedView>(
      'POST',
      `/api/v1/cases/${caseId}/family/birth`,
      { version: seen.version, memberId: 'c1', name: 'Noor', birthDate: '2026-11-20' },
    );
    expect(born.status).toBe(200);
    expect(born.body.version).toBe(seen.version + 1);
    expect(born.body.family.members).toContainEqual({
      kind: 'child',
      id: 'c1',
      name: 'Noor',
      birthDate: '2026-11-20',
    });
    expect(born.body.bornChild).toBe(true);
    // Veilig van in de buik runs until the birth: its window now ends on the day of birth.
    expect(born.body.moves).toEqual([
      expect.objectContaining({
        programmeKey: 'veilig-van-in-de-buik-limburg',
        before: '2027-03-15',
        after: '2026-11-20',
      }),
    ]);
    // Born, as the case file now records: the Parket step is possible.
    expect((await parket()).status).toBe(200);
    const coordinator = await signedIn(mira);
    const notices = await coordinator.request<{ kind: string }[]>('GET', '/api/v1/notifications');
    expect(notices.body.map((n) => n.kind)).toContain('birth_recorded');
    // Recorded once: the same birth again is a conflict of versions, not a second birth.
    const again = await colleague.request<ErrorBody>(
      'POST',
      `/api/v1/cases/${caseId}/family/birth`,
      { version: seen.version, memberId: 'c1', name: 'Noor', birthDate: '2026-11-20' },
    );
    expect(again.status).toBe(400);
    expect(again.body.error.reason).toBe('not_unborn');
  });

  it('lets exactly one of many saves of the same version win', async () => {
    const coordinator = await signedIn(mira);
    const { body: seen } = await coordinator.request<CaseFamily>(
      'GET',
      `/api/v1/cases/${caseId}/family`,
    );
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        coordinator.request('PUT', `/api/v1/cases/${caseId}/family`, {
          version: seen.version,
          family: { ...seen.family, calledName: `Versie ${String(i)}` },
        }),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(11);
  });
});
