/**
 * The demo's worked care plan: Noor and her mother Fatima El Amrani at Zorggarantie Limburg,
 * whose care table was held today, right after the parents agreed. Two of its decisions became goals, with actions and
 * Plan A/B/C; the family reads Arabic, so their printed plan is in Arabic. Invented people; made
 * through the API like every demo record.
 */
import type { CaseFamily, MeetingView, PlanVersion } from '@omringd/core';
import type { DemoAgent } from './demoAgent.ts';

const DAY = 24 * 3_600_000;
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

export async function fillCarePlan(
  coordinator: DemoAgent,
  caseId: string,
  now: Date,
): Promise<void> {
  const url = `/api/v1/cases/${caseId}`;
  const family = await coordinator.call<CaseFamily>('GET', `${url}/family`);
  await coordinator.call('PUT', `${url}/family`, {
    version: family.version,
    family: { ...family.family, language: 'ar', interpreterNeeded: true },
  });
  const network = await coordinator.call<{ version: number; content: { people: unknown[] } }>(
    'GET',
    `${url}/network`,
  );
  await coordinator.call('PUT', `${url}/network`, {
    version: network.version,
    content: {
      people: [
        ...network.content.people,
        {
          id: 'n-tante',
          name: 'Tante Samira',
          relation: 'zus van Fatima',
          tie: 'family',
          support: 'strong',
          phone: '0486 55 21 90',
          involve: 'yes',
        },
      ],
    },
  });
  // Held at the moment the demo is made: after the agreement, within the 48 hours.
  const held = now;
  const meeting = await coordinator.call<MeetingView>('POST', `${url}/care-tables`, {
    purpose: 'Samen afspreken hoe Noor veilig en rustig kan opgroeien.',
    startsAt: held.toISOString(),
    place: { kind: 'home' },
    participants: [
      { id: 'p-fatima', kind: 'parent', name: 'Fatima El Amrani', memberId: 'p1', language: 'ar' },
      { id: 'p-samira', kind: 'network', name: 'Tante Samira', networkPersonId: 'n-tante' },
    ],
  });
  const recorded = await coordinator.call<MeetingView>('PUT', `${url}/care-tables/${meeting.id}`, {
    version: meeting.version,
    content: {
      ...meeting.content,
      notes: 'Met tolk. Fatima vertelde over de nachten; tante Samira wil helpen.',
      decisions: [
        {
          id: 'd-slaap',
          text: 'Noor slaapt elke nacht in haar eigen bedje, met een vast ritueel.',
        },
        { id: 'd-rust', text: 'Fatima krijgt elke week een rustmoment.' },
      ],
      // Fatima answers it herself in the family portal.
      agreements: [
        {
          id: 'a-samira',
          text: 'Tante Samira past op woensdagnamiddag op Noor, zodat Fatima kan rusten.',
          involves: ['n-tante'],
        },
      ],
    },
  });
  await coordinator.call('POST', `${url}/care-tables/${meeting.id}/status`, {
    version: recorded.version,
    to: 'held',
  });
  let plan = await coordinator.call<PlanVersion>('POST', `${url}/plan/goals-from-decision`, {
    version: 0,
    meetingId: meeting.id,
    decisionId: 'd-slaap',
    goalId: 'g-slaap',
    domains: ['parenting', 'health'],
  });
  plan = await coordinator.call<PlanVersion>('POST', `${url}/plan/goals-from-decision`, {
    version: plan.number,
    meetingId: meeting.id,
    decisionId: 'd-rust',
    goalId: 'g-rust',
    domains: ['mental_wellbeing'],
  });
  await coordinator.call<PlanVersion>('POST', `${url}/plan/versions`, {
    version: plan.number,
    note: 'Acties en Plan A/B/C na de zorgtafel.',
    content: {
      ...plan.content,
      actions: [
        {
          id: 'a-ritueel',
          goalId: 'g-slaap',
          what: 'Elke avond om 19 uur: badje, liedje, bedje.',
          who: { kind: 'family' },
          by: null,
        },
        {
          id: 'a-kg',
          goalId: 'g-slaap',
          what: 'Slaapadvies op het consultatiebureau van Kind en Gezin.',
          who: { kind: 'professional', name: 'Kato Verpleeg', organization: 'Kind en Gezin' },
          by: isoDay(new Date(now.getTime() + 7 * DAY)),
        },
        {
          id: 'a-ckg',
          goalId: 'g-rust',
          what: 'Fatima en Noor verblijven twee weken in het CKG, zodat Fatima op adem komt.',
          who: {
            kind: 'professional',
            name: 'CKG',
            organization: 'Centrum voor Kinderzorg en Gezinsondersteuning',
          },
          by: null,
        },
        {
          id: 'a-samira',
          goalId: 'g-rust',
          what: 'Tante Samira past elke woensdagnamiddag op Noor.',
          who: { kind: 'network', personId: 'n-tante', name: 'Tante Samira' },
          by: null,
        },
      ],
      routes: {
        A: {
          summary: 'Noor blijft thuis; tante Samira helpt elke week.',
          trigger: 'Als Fatima na zes weken nog steeds niet slaapt of Noor alleen laat.',
          triggerBy: isoDay(new Date(now.getTime() + 21 * DAY)),
        },
        B: {
          summary: 'Noor logeert enkele nachten per week bij tante Samira.',
          trigger: 'Als tante Samira niet meer kan helpen.',
          triggerBy: null,
        },
        C: {
          summary: 'Noor verblijft tijdelijk in het CKG; Fatima komt elke dag.',
          trigger: '',
          triggerBy: null,
        },
      },
    },
  });
}
