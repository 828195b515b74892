/**
 * The demo's worked case file: Lou and his mother Nathalie Janssens at Zorggarantie Limburg, a
 * week into the work of Mira Claes. The network with a grandmother who helps, a neighbour the
 * mother does not want involved and the CAW; the life domains that matter now; worries,
 * strengths and next steps; the first scores; a phone call and a home visit. Invented people;
 * made through the API like every demo record.
 */
import type { DemoAgent } from './demoAgent.ts';

const HOUR = 3_600_000;

export async function fillCaseFile(
  coordinator: DemoAgent,
  caseId: string,
  now: Date,
): Promise<void> {
  const url = `/api/v1/cases/${caseId}`;
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
          id: 'n-oma',
          name: 'Oma Marleen',
          relation: 'grootmoeder (mama van Nathalie)',
          tie: 'family',
          support: 'strong',
          phone: '0470 11 22 33',
          involve: 'yes',
        },
        {
          id: 'n-tante',
          name: 'Tante Ilse',
          relation: 'zus van Nathalie',
          tie: 'family',
          support: 'some',
          involve: 'not_asked',
        },
        {
          id: 'n-buur',
          name: 'Buurman Dirk',
          relation: 'buurman',
          tie: 'neighbour',
          support: 'strained',
          involve: 'no',
          involveNote: 'Mama wil hem er niet bij.',
        },
        {
          id: 'n-caw',
          name: 'CAW Limburg',
          relation: 'onthaal en begeleiding',
          tie: 'service',
          support: 'some',
          organization: 'CAW Limburg',
          involve: 'yes',
        },
      ],
    },
  });
  await coordinator.call('PUT', `${url}/life-domains`, {
    version: 0,
    content: {
      domains: [
        {
          key: 'housing',
          situation: 'Huurcontract loopt af in maart; nog geen nieuwe woning.',
          familyPriority: 'high',
          involved: 'CAW Limburg',
        },
        {
          key: 'parenting',
          situation: 'Lou is onrustig na ruzies; mama zoekt houvast.',
          familyPriority: 'high',
          involved: 'Oma Marleen',
        },
        {
          key: 'finances',
          situation: 'Schulden bij de energieleverancier.',
          familyPriority: 'medium',
          involved: '',
        },
        {
          key: 'mental_wellbeing',
          situation: 'Mama slaapt slecht en is vaak bang.',
          familyPriority: 'medium',
          involved: 'Huisarts',
        },
      ],
    },
  });
  await coordinator.call('PUT', `${url}/assessment`, {
    version: 0,
    content: {
      harm: [
        {
          id: 'h-1',
          text: 'Lou was twee keer bij geweld tussen de ouders; de buren belden de politie.',
        },
      ],
      dangerStatements: [
        {
          id: 'd-1',
          text: 'We zijn bang dat Lou opnieuw ruzies met geweld meemaakt en daar bang en ziek van wordt, als er niets verandert.',
        },
      ],
      complicatingFactors: [{ id: 'c-1', text: 'De woning is straks weg; weinig geld.' }],
      strengths: [
        { id: 's-1', text: 'Nathalie zoekt zelf hulp en houdt afspraken.' },
        { id: 's-2', text: 'Oma Marleen komt elke woensdag en kan Lou opvangen.' },
      ],
      existingSafety: [{ id: 'e-1', text: 'Papa woont sinds twee weken elders.' }],
      safetyGoals: [
        {
          id: 'g-1',
          text: 'Lou groeit op zonder geweld in huis; iedereen weet wat te doen als het misloopt.',
        },
      ],
      nextSteps: [{ id: 'x-1', text: 'Zorgtafel met mama, oma en het CAW plannen.' }],
    },
  });
  for (const score of [
    { score: 3, scorer: { kind: 'self' }, note: 'Nog te weinig afspraken over veiligheid.' },
    {
      score: 6,
      scorer: { kind: 'family_member', memberId: 'p1' },
      note: 'Sinds papa weg is, is het rustiger.',
    },
    { score: 5, scorer: { kind: 'network_person', personId: 'n-oma' } },
  ])
    await coordinator.call('POST', `${url}/scores`, score);
  await coordinator.call('POST', `${url}/timeline`, {
    kind: 'phone_call',
    occurredAt: new Date(now.getTime() - 26 * HOUR).toISOString(),
    text: 'Mama gebeld: ze wil een zorgtafel, liefst bij haar thuis, met haar mama erbij.',
    visibility: 'family',
  });
  await coordinator.call('POST', `${url}/timeline`, {
    kind: 'home_visit',
    occurredAt: new Date(now.getTime() - 2 * HOUR).toISOString(),
    text: 'Huisbezoek met oma Marleen. Lou speelde rustig. Afgesproken: oma vangt Lou op als het thuis spant.',
    visibility: 'team',
  });
}
