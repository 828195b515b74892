/**
 * Supporters from the family's network: Sanne (a parent in the portal) invites grandmother Rita,
 * whom the family agreed to involve, and nobody it did not (the neighbour) nor a professional.
 * Rita signs in and sees only the agreements of the care table that name her and the next care
 * table she is invited to — not the plan, not the family details, not another agreement; the
 * page is hers alone — on both storage modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { MeetingView, PortalSupporters, SupporterView } from '@omringd/core';
import { outboxEmails } from '../../src/platform/db/identitySchema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { acceptedCase, type AcceptedCase } from '../support/acceptedCase.ts';
import type { Agent } from '../support/people.ts';
import { acceptInvitation, portalParent, signInByEmailCode } from '../support/portalParent.ts';

type ErrorBody = { error: { code: string; reason?: string } };

describe.each(storageModes)('supporters from the network on %s', (mode) => {
  let t: TestApp;
  let file: AcceptedCase;
  let mira: Agent;
  let sanne: Agent;
  let rita: Agent;
  let url = '';

  beforeAll(async () => {
    t = await createTestApp(mode, new Date('2026-12-07T09:00:00Z'), { rateLimitPerMinute: false });
    file = await acceptedCase(t, '10.66.0', {
      programmeKey: 'zorggarantie-limburg',
      kind: 'young_child',
      receiver: 'zorggarantie-limburg',
    });
    url = `/api/v1/cases/${file.caseId}`;
    mira = await file.signedIn(file.mira);
    const { body: network } = await mira.request<{
      version: number;
      content: { people: unknown[] };
    }>('GET', `${url}/network`);
    const saved = await mira.request('PUT', `${url}/network`, {
      version: network.version,
      content: {
        people: [
          ...network.content.people,
          {
            id: 'n-oma',
            name: 'Rita',
            relation: 'grootmoeder',
            tie: 'family',
            support: 'strong',
            involve: 'yes',
          },
          {
            id: 'n-buur',
            name: 'Jef',
            relation: 'buurman',
            tie: 'neighbour',
            support: 'some',
            involve: 'no',
          },
          {
            id: 'n-cawr',
            name: 'An',
            relation: 'CAW',
            tie: 'professional',
            support: 'some',
            involve: 'yes',
            organization: 'CAW',
          },
        ],
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    sanne = await portalParent(t, mira, {
      caseId: file.caseId,
      memberId: 'p1',
      email: 'sanne.steun@example.be',
      ip: '10.66.1.1',
    });
  });
  afterAll(async () => {
    await closeTestApp(t);
  });

  it('lets the family invite only someone of its own circle whom it agreed to involve', async () => {
    for (const networkPersonId of ['n-buur', 'n-cawr', 'n-niemand']) {
      const refused = await sanne.request<ErrorBody>(
        'POST',
        `/api/v1/portal/cases/${file.caseId}/supporters`,
        {
          networkPersonId,
          email: `${networkPersonId}@example.be`,
        },
      );
      expect(refused.status).toBe(400);
      expect(refused.body.error.reason).toBe('not_involvable');
    }
    // The team does not invite in the family's name.
    const byTeam = await mira.request('POST', `/api/v1/portal/cases/${file.caseId}/supporters`, {
      networkPersonId: 'n-oma',
      email: 'rita@example.be',
    });
    expect(byTeam.status).toBe(404);
    const invited = await sanne.request('POST', `/api/v1/portal/cases/${file.caseId}/supporters`, {
      networkPersonId: 'n-oma',
      email: 'Rita@Example.be',
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const [mail] = await t.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, 'rita@example.be'));
    expect(mail?.subject).toBe('Je wordt gevraagd om te helpen, in Omringd');
    expect(mail?.bodyText).toMatch(/Sanne vraagt je om hun gezin te helpen/);
    const asked = await sanne.request<PortalSupporters>(
      'GET',
      `/api/v1/portal/cases/${file.caseId}/supporters`,
    );
    expect(asked.body.people).toEqual([
      { networkPersonId: 'n-oma', name: 'Rita', relation: 'grootmoeder', invited: true },
    ]);
    rita = await acceptInvitation(t, 'rita@example.be', '10.66.1.2');
    const session = await rita.request<{ memberships: { role: string }[] }>(
      'GET',
      '/api/v1/auth/session',
    );
    expect(session.body.memberships.map((m) => m.role)).toEqual(['supporter']);
  });

  it('shows a supporter only the agreements that name them and the next meeting they are asked to', async () => {
    await mira.request('POST', `/api/v1/referrals/${file.referralId}/care-table`, {
      moment: 'parents_agreed',
    });
    const soon = new Date(t.now.value.getTime() + 2 * 3600_000);
    const first = await mira.request<MeetingView>('POST', `${url}/care-tables`, {
      purpose: 'Samen afspreken wie helpt op woensdag.',
      startsAt: soon.toISOString(),
      place: { kind: 'home' },
      participants: [
        { id: 'p-sanne', kind: 'parent', name: 'Sanne', memberId: 'p1' },
        {
          id: 'p-rita',
          kind: 'network',
          name: 'Rita',
          email: 'rita.tafel@example.be',
          networkPersonId: 'n-oma',
        },
      ],
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const mine = await rita.request<{ caseIds: string[] }>('GET', '/api/v1/supporter/cases');
    expect(mine.body.caseIds).toEqual([file.caseId]);
    const before = await rita.request<SupporterView>(
      'GET',
      `/api/v1/supporter/cases/${file.caseId}`,
    );
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      contact: { name: 'Mira Claes' },
      agreements: [],
      nextMeeting: {
        place: 'Bij het gezin thuis',
        purpose: 'Samen afspreken wie helpt op woensdag.',
      },
    });

    // Her calendar file: the place in words, the purpose, no link into a file she cannot open.
    const ics = await rita.raw('GET', `/api/v1/supporter/cases/${file.caseId}/next-meeting.ics`);
    expect(ics.status).toBe(200);
    const unfolded = ics.body.replace(/\r\n /g, '');
    expect(unfolded).toMatch(new RegExp(`UID:${first.body.id}`));
    expect(unfolded).toMatch(/LOCATION:Bij het gezin thuis\r\n/);
    expect(unfolded).toMatch(/Samen afspreken wie helpt op woensdag/);
    expect(unfolded).not.toMatch(/dossiers/);
    // Her invitation e-mail says the same, without a link into the file.
    const invitation = await t.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, 'rita.tafel@example.be'));
    expect(invitation).toHaveLength(1);
    expect(invitation[0]?.bodyText).toMatch(/Waar: Bij het gezin thuis\n/);
    expect(invitation[0]?.bodyText).not.toMatch(/dossiers/);
    // Held, with one agreement that names Rita and one that does not.
    t.now.value = new Date(soon.getTime() + 2 * 3600_000);
    const later = await file.signedIn(file.mira);
    const held = await later.request<MeetingView>(
      'POST',
      `${url}/care-tables/${first.body.id}/status`,
      {
        version: first.body.version,
        to: 'held',
      },
    );
    expect(held.status).toBe(200);
    const naming = (involves: string[]) => ({
      version: held.body.version,
      content: {
        ...held.body.content,
        agreements: [{ id: 'a-buur', text: 'Jef helpt.', involves }],
      },
    });
    // An agreement names only people the family agreed to involve.
    for (const involves of [['n-buur'], ['n-niemand']]) {
      const refused = await later.request<ErrorBody>(
        'PUT',
        `${url}/care-tables/${first.body.id}`,
        naming(involves),
      );
      expect(refused.status).toBe(400);
      expect(refused.body.error.reason).toBe('family_not_agreed');
    }
    const recorded = await later.request('PUT', `${url}/care-tables/${first.body.id}`, {
      version: held.body.version,
      content: {
        ...held.body.content,
        agreements: [
          {
            id: 'a-oma',
            text: 'Oma Rita haalt Noor op woensdag van de crèche.',
            involves: ['n-oma'],
          },
          { id: 'a-geld', text: 'Sanne en Mira bekijken samen de schulden.' },
        ],
      },
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    // Hours later: Rita and Sanne sign in again (password and the code by e-mail).
    rita = await signInByEmailCode(t, 'rita@example.be', '10.66.1.3');
    sanne = await signInByEmailCode(t, 'sanne.steun@example.be', '10.66.1.4');
    mira = later;
    const after = await rita.request<SupporterView>(
      'GET',
      `/api/v1/supporter/cases/${file.caseId}`,
    );
    expect(after.body.agreements.map((a) => a.text)).toEqual([
      'Oma Rita haalt Noor op woensdag van de crèche.',
    ]);
    expect(after.body.nextMeeting).toBeNull();
    expect(JSON.stringify(after.body)).not.toMatch(/schulden/);
  });

  it('opens nothing else of the file to a supporter', async () => {
    for (const path of [
      url,
      `${url}/plan`,
      `${url}/family`,
      `${url}/network`,
      `${url}/care-tables`,
      `/api/v1/portal/cases/${file.caseId}/plan`,
    ])
      expect((await rita.request('GET', path)).status, path).toBe(404);
    // The supporter's page is the supporter's: the parent and the team are not supporters.
    expect((await sanne.request('GET', `/api/v1/supporter/cases/${file.caseId}`)).status).toBe(404);
    expect((await mira.request('GET', '/api/v1/supporter/cases')).status).toBe(403);
  });

  it('lets the family stop asking a supporter, who then sees nothing of it', async () => {
    expect(
      (await mira.request('DELETE', `/api/v1/portal/cases/${file.caseId}/supporters/n-oma`)).status,
    ).toBe(404);
    const stopped = await sanne.request<PortalSupporters>(
      'DELETE',
      `/api/v1/portal/cases/${file.caseId}/supporters/n-oma`,
    );
    expect(stopped.status).toBe(200);
    expect(stopped.body.people).toEqual([
      { networkPersonId: 'n-oma', name: 'Rita', relation: 'grootmoeder', invited: false },
    ]);
    const mine = await rita.request<{ caseIds: string[] }>('GET', '/api/v1/supporter/cases');
    expect(mine.body.caseIds).toEqual([]);
    expect((await rita.request('GET', `/api/v1/supporter/cases/${file.caseId}`)).status).toBe(404);
  });
});
