/**
 * One more Zorggarantie case in the same region as an accepted one: Kato refers another family
 * (the parent's name is what differs), Mira takes it up.
 */
import { expect } from 'vitest';
import type { AcceptedCase } from './acceptedCase.ts';
import { referralContent } from './referralFixture.ts';

export async function anotherCase(file: AcceptedCase, parent: string): Promise<string> {
  const kato = await file.signedIn(file.referrer);
  const draft = await kato.request<{ id: string }>('POST', '/api/v1/referrals', {
    programmeKey: 'zorggarantie-limburg',
  });
  await kato.request(
    'PUT',
    `/api/v1/referrals/${draft.body.id}/draft`,
    referralContent('young_child', { parent }),
  );
  expect((await kato.request('POST', `/api/v1/referrals/${draft.body.id}/send`)).status).toBe(200);
  const mira = await file.signedIn(file.mira);
  const accepted = await mira.request<{ caseId: string }>(
    'POST',
    `/api/v1/referrals/${draft.body.id}/status`,
    { to: 'accepted', feedback: 'Ik neem contact op.' },
  );
  expect(accepted.status).toBe(200);
  return accepted.body.caseId;
}
