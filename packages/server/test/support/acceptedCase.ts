/**
 * A case opened as the field opens one: Kato Verpleeg of Kind en Gezin refers a worrying
 * pregnancy to Veilig van in de buik (Limburg) — or another programme — Mira Claes of the OCJ
 * accepts it and adds her colleague Ilse Vermeulen to the team.
 */
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { organizations } from '../../src/platform/db/schema.ts';
import { users } from '../../src/platform/db/identitySchema.ts';
import type { TestApp } from './testApp.ts';
import { createPerson, signedInAgent, type Person } from './people.ts';
import { referralContent } from './referralFixture.ts';

export type AcceptedCase = {
  caseId: string;
  referralId: string;
  ocjId: string;
  referrer: Person;
  mira: Person;
  ilse: Person;
  signedIn: (person: Person) => ReturnType<typeof signedInAgent>;
};

export async function acceptedCase(
  t: TestApp,
  ipPrefix: string,
  referral: { programmeKey: string; kind: 'pregnancy' | 'young_child'; receiver: string } = {
    programmeKey: 'veilig-van-in-de-buik-limburg',
    kind: 'pregnancy',
    receiver: 'ocj-limburg',
  },
): Promise<AcceptedCase> {
  let ip = 0;
  const signedIn = (person: Person) => signedInAgent(t, person, `${ipPrefix}.${String(++ip)}`);
  const org = async (key: string) => {
    const [o] = await t.database.db.select().from(organizations).where(eq(organizations.key, key));
    if (o === undefined) throw new Error(`no organisation ${key}`);
    return o.id;
  };
  const ocjId = await org(referral.receiver);
  const person = (name: string, role: Person['role'], organizationId: string) =>
    createPerson(t.database.db, { role, organizationId, name, now: t.now.value });
  const referrer = await person('Kato Verpleeg', 'first_line', await org('kind-en-gezin'));
  const mira = await person('Mira Claes', 'case_coordinator', ocjId);
  const ilse = await person('Ilse Vermeulen', 'case_coordinator', ocjId);
  const email = 'mira.claes@zorggarantie-limburg.example.be';
  await t.database.db.update(users).set({ email }).where(eq(users.id, mira.id));
  mira.email = email;

  const kato = await signedIn(referrer);
  const draft = await kato.request<{ id: string }>('POST', '/api/v1/referrals', {
    programmeKey: referral.programmeKey,
  });
  const put = await kato.request(
    'PUT',
    `/api/v1/referrals/${draft.body.id}/draft`,
    referralContent(referral.kind, { parent: 'Sanne', street: 'Kempische Steenweg 12' }),
  );
  expect(put.status).toBe(200);
  expect((await kato.request('POST', `/api/v1/referrals/${draft.body.id}/send`)).status).toBe(200);
  const coordinator = await signedIn(mira);
  const accepted = await coordinator.request<{ caseId: string }>(
    'POST',
    `/api/v1/referrals/${draft.body.id}/status`,
    { to: 'accepted', feedback: 'Ik neem contact op.' },
  );
  expect(accepted.status).toBe(200);
  const caseId = accepted.body.caseId;
  const added = await coordinator.request('POST', `/api/v1/cases/${caseId}/members`, {
    userId: ilse.id,
    organizationId: ocjId,
  });
  expect(added.status).toBe(200);
  return { caseId, referralId: draft.body.id, ocjId, referrer, mira, ilse, signedIn };
}
