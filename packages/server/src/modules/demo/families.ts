/**
 * The demo's invented families, each at another point of its way: a referral waiting for intake,
 * one taken up with a case and a care table agreed, one with its care plan and the year's fund for
 * a backpack budget, a worrying pregnancy in progress at OCJ, one
 * redirected to regular help, a warm referral
 * made outside Omringd because no one there works with it, and a draft not sent yet.
 */
import { brusselsToday, referralDraftSchema, type ReferralDraftInput } from '@omringd/core';
import type { FastifyInstance } from 'fastify';
import { DemoAgent } from './demoAgent.ts';
import { fillCaseFile } from './caseFileDemo.ts';
import { fillCarePlan } from './carePlanDemo.ts';

const DAY = 86_400_000;
const daysFrom = (now: Date, days: number) => brusselsToday(new Date(now.getTime() + days * DAY));

const zorggarantieChecklist = [
  'concern-concrete',
  'minimum-needed',
  'discussed-with-parents',
  'regular-help-checked',
  'care-table-willingness',
];

function youngChild(
  now: Date,
  family: { parent: string; child: string; ageDays: number; postalCode: string },
  concern: string,
): ReferralDraftInput {
  return {
    family: {
      parents: [{ name: family.parent, role: 'mother' }],
      children: [{ born: true, name: family.child, birthDate: daysFrom(now, -family.ageDays) }],
      postalCode: family.postalCode,
      language: 'nl',
    },
    concern: {
      behaviour: concern,
      strengths: 'Een grootmoeder die dichtbij woont en wil helpen.',
      minimallyNeeded: 'Elke dag iemand die meekijkt tot er een plan is.',
    },
    situations: ['unsafe-now'],
    conditions: ['minimal-willingness'],
    checklist: zorggarantieChecklist,
    discussedWithParents: true,
    agreementToShare: 'given',
  };
}

type Started = { id: string };
type Person = { id: string; key: string };

export async function seedDemoFamilies(
  app: FastifyInstance,
  people: Person[],
  now: Date,
): Promise<number> {
  const idOf = (key: string) => {
    const found = people.find((p) => p.key === key);
    if (found === undefined) throw new Error(`The demo misses its person "${key}".`);
    return found.id;
  };
  const nurse = await DemoAgent.as(app, idOf('nurse'));
  const mine = await nurse.call<unknown[]>('GET', '/api/v1/referrals/mine');
  if (mine.length > 0) return 0;
  const refer = async (target: { programmeKey: string }, content: ReferralDraftInput) => {
    const draft = await nurse.call<Started>('POST', '/api/v1/referrals', {
      ...target,
      content: referralDraftSchema.parse(content),
    });
    return draft.id;
  };
  const send = (id: string) => nurse.call('POST', `/api/v1/referrals/${id}/send`);

  // 1. Waiting for intake at Zorggarantie.
  const waiting = await refer(
    { programmeKey: 'zorggarantie-limburg' },
    youngChild(
      now,
      { parent: 'Yasmine Aydin', child: 'Elif', ageDays: 240, postalCode: '3500' },
      'Mama is uitgeput en alleen; de baby huilt veel en werd twee keer een nacht alleen gelaten.',
    ),
  );
  await send(waiting);

  // 2. Taken up: a case with one contact person, the care table agreed, a message in the thread.
  const taken = await refer(
    { programmeKey: 'zorggarantie-limburg' },
    youngChild(
      now,
      { parent: 'Nathalie Janssens', child: 'Lou', ageDays: 420, postalCode: '3600' },
      'Geweld tussen de ouders waar Lou bij is; de buren belden twee keer de politie.',
    ),
  );
  await send(taken);
  const mira = await DemoAgent.as(app, idOf('coordinator-mira'));
  const takenUp = await mira.call<{ caseId: string }>('POST', `/api/v1/referrals/${taken}/status`, {
    to: 'accepted',
    feedback: 'Ik neem het op. Ik bel de mama morgen om een zorgtafel te plannen.',
  });
  await fillCaseFile(mira, takenUp.caseId, now);
  await mira.call('POST', `/api/v1/referrals/${taken}/care-table`, { moment: 'parents_agreed' });
  await nurse.call('POST', `/api/v1/referrals/${taken}/messages`, {
    text: 'Dank je. Mama is het best bereikbaar na 16 uur.',
  });

  // 2b. A care table held today, and the plan that came from it (an Arabic-speaking family).
  const planned = await refer(
    { programmeKey: 'zorggarantie-limburg' },
    youngChild(
      now,
      { parent: 'Fatima El Amrani', child: 'Noor', ageDays: 300, postalCode: '3500' },
      'Mama slaapt nauwelijks en liet Noor een nacht alleen om te werken.',
    ),
  );
  await send(planned);
  const planCase = await mira.call<{ caseId: string }>(
    'POST',
    `/api/v1/referrals/${planned}/status`,
    {
      to: 'accepted',
      feedback: 'Ik neem het op. De zorgtafel komt er snel, met een tolk.',
    },
  );
  await mira.call('POST', `/api/v1/referrals/${planned}/care-table`, { moment: 'parents_agreed' });
  await fillCarePlan(mira, planCase.caseId, now);
  // 2c. The year's fund of Zorggarantie Limburg, entered by the network coordinator: half for
  // backpack budgets, half for the structural offer. Noor's family can be given a budget from it.
  const karen = await DemoAgent.as(app, idOf('network'));
  await karen.call('POST', '/api/v1/budget/funds', {
    programmeKey: 'zorggarantie-limburg',
    region: 'VLI',
    year: Number(brusselsToday(now).slice(0, 4)),
    backpackCents: 12_000_000,
    structuralCents: 12_000_000,
  });
  // 2d. Signals Mira carries to the network: what she sees in both families, without them.
  for (const [caseId, category, text] of [
    [takenUp.caseId, 'housing', 'Na de scheiding vindt mama geen betaalbare huurwoning in Genk.'],
    [
      takenUp.caseId,
      'debt',
      'Schulden door de energiefactuur; de budgetbegeleiding heeft een wachtlijst.',
    ],
    [planCase.caseId, 'no_childcare', 'Geen kinderopvang die ’s nachts of in het weekend open is.'],
    [planCase.caseId, 'housing', 'De woning is te klein en vochtig; sociale huur duurt jaren.'],
  ] as const)
    await mira.call('POST', `/api/v1/cases/${caseId}/signals`, { category, text });

  // 3. A worrying pregnancy, in progress at OCJ Limburg.
  const pregnancy = await refer(
    { programmeKey: 'veilig-van-in-de-buik-limburg' },
    {
      family: {
        parents: [{ name: 'Sara Bamba', role: 'mother' }],
        children: [{ born: false, dueDate: daysFrom(now, 110) }],
        postalCode: '3530',
        language: 'fr',
        interpreterNeeded: true,
      },
      concern: {
        behaviour: 'Middelengebruik tijdens de zwangerschap; twee prenatale consulten gemist.',
        strengths: 'Wil het beste voor haar kind en komt naar het consultatiebureau.',
      },
      situations: ['worrying-pregnancy'],
      checklist: ['team-decision', 'discussed-openly', 'joins-intake'],
      discussedWithParents: true,
      agreementToShare: 'given',
    },
  );
  await send(pregnancy);
  const ocj = await DemoAgent.as(app, idOf('ocj-intake'));
  await ocj.call('POST', `/api/v1/referrals/${pregnancy}/status`, { to: 'accepted' });
  await ocj.call('POST', `/api/v1/referrals/${pregnancy}/status`, {
    to: 'in-progress',
    feedback: 'Eerste gesprek gehad, samen met de tolk. Volgende afspraak over twee weken.',
  });

  // 4. Redirected to regular help, with the reason.
  const redirected = await refer(
    { programmeKey: 'zorggarantie-limburg' },
    youngChild(
      now,
      { parent: 'Anna Kowalski', child: 'Zofia', ageDays: 700, postalCode: '3500' },
      'Zorgen over slapen en eten; mama vraagt hulp bij de opvoeding.',
    ),
  );
  await send(redirected);
  const ilse = await DemoAgent.as(app, idOf('coordinator-ilse'));
  await ilse.call('POST', `/api/v1/referrals/${redirected}/status`, {
    to: 'rejected',
    reason: 'redirected_to_regular_help',
    feedback:
      'Dit past beter bij opvoedingsondersteuning in het Huis van het Kind; ik gaf hun nummer.',
  });

  // 5. A warm referral to Pondo, where no one works with Omringd: sent through its own route.
  const found = await nurse.call<{ results: { id: string; name: string }[] }>(
    'GET',
    '/api/v1/services?q=Pondo',
  );
  const pondo = found.results.find((r) => r.name === 'Pondo');
  if (pondo !== undefined) {
    const outside = await nurse.call<Started>('POST', '/api/v1/referrals', {
      serviceId: pondo.id,
      content: referralDraftSchema.parse({
        family: {
          parents: [{ name: 'Lisa Martens', role: 'mother' }],
          children: [{ born: false, dueDate: daysFrom(now, 150) }],
          postalCode: '3000',
        },
        concern: { behaviour: 'Methadonbehandeling; vraagt zelf steun tijdens de zwangerschap.' },
        discussedWithParents: true,
        agreementToShare: 'given',
      }),
    });
    await nurse.call('POST', `/api/v1/referrals/${outside.id}/external`, {
      kind: 'other',
      value: 'Aanmelding via MaPa (MSOC Vlaams-Brabant).',
      note: 'MaPa gebeld; ze nemen contact op met de mama.',
    });
  }

  // 6. A draft the nurse is still writing.
  await refer(
    { programmeKey: 'zorggarantie-limburg' },
    {
      family: { parents: [{ name: 'Dries Vos', role: 'father' }], postalCode: '3500' },
      concern: { behaviour: 'Papa vertelt dat hij de huur niet meer kan betalen en' },
    },
  );
  return 6;
}
