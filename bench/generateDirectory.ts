/**
 * A realistic Dutch social map of any size, generated from a seed: organisations in real
 * municipalities, services with descriptions built from the vocabulary of the field, taxonomy
 * terms, age windows and areas. Same seed, same directory.
 */
import { hvhkDomains, lifeDomains, modalities, targetGroups, type Directory } from '@omringd/core';
import { readFileSync } from 'node:fs';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const kinds = [
  'Gezinsondersteuning',
  'Opvoedingswinkel',
  'Perinatale begeleiding',
  'Mobiele begeleiding',
  'Praatgroep',
  'Ouderschapscoaching',
  'Thuisbegeleiding',
  'Vroedvrouwenpraktijk',
  'Consultatiebureau',
  'Budgetbegeleiding',
  'Woonbegeleiding',
  'Psychologische ondersteuning',
  'Mantelzorgondersteuning',
  'Kinderopvang',
  'Spelotheek',
  'Babyzwemmen',
  'Jongerenadvies',
  'Schuldhulpverlening',
  'Verslavingszorg',
  'Crisisopvang',
];
const audiences = [
  'voor jonge ouders',
  'voor aanstaande ouders',
  'voor gezinnen met baby’s',
  'voor tienerouders',
  'voor alleenstaande vaders',
  'voor kwetsbare zwangere vrouwen',
  'voor ouders met een verslaving',
  'voor gezinnen in armoede',
  'voor nieuwkomers',
  'voor mantelzorgers',
];
/** Topics of the field; each description names a few, so a word matches a realistic share. */
const topics = [
  'zwangerschap',
  'bevalling',
  'borstvoeding',
  'flesvoeding',
  'slaapproblemen',
  'huilbaby',
  'hechting',
  'opvoeding',
  'peuterpuberteit',
  'zindelijkheid',
  'taalontwikkeling',
  'motoriek',
  'voeding',
  'vaccinatie',
  'groeicurve',
  'postnatale depressie',
  'kraamzorg',
  'kraamgeld',
  'groeipakket',
  'kinderbijslag',
  'schulden',
  'budgetbeheer',
  'energiefactuur',
  'huurachterstand',
  'huisvesting',
  'sociale woning',
  'dakloosheid',
  'verhuis',
  'werkloosheid',
  'leefloon',
  'verslaving',
  'alcoholgebruik',
  'cannabis',
  'cocaïne',
  'methadon',
  'medicatie',
  'gokken',
  'roken',
  'middelengebruik',
  'ontwenning',
  'partnergeweld',
  'intrafamiliaal geweld',
  'kindermishandeling',
  'verwaarlozing',
  'veiligheidsplan',
  'vechtscheiding',
  'echtscheiding',
  'co-ouderschap',
  'nieuw samengesteld gezin',
  'rouw',
  'angst',
  'depressie',
  'burn-out',
  'trauma',
  'zelfbeeld',
  'eenzaamheid',
  'stress',
  'slaaptekort',
  'piekeren',
  'psychose',
  'schoolgaan',
  'huiswerkbegeleiding',
  'spijbelen',
  'kleuterschool',
  'inschrijving',
  'leerproblemen',
  'pesten',
  'ADHD',
  'autisme',
  'ontwikkelingsachterstand',
  'inburgering',
  'Nederlandse les',
  'tolk',
  'verblijfsvergunning',
  'asielprocedure',
  'nieuwkomers',
  'integratie',
  'papieren',
  'administratie',
  'formulieren',
  'kinderopvang',
  'babysit',
  'vrije tijd',
  'speelpleinwerking',
  'sport',
  'jeugdbeweging',
  'vakantie',
  'ontmoeting',
  'vrijwilligers',
  'buurtwerk',
  'mantelzorg',
  'respijtzorg',
  'handicap',
  'chronische ziekte',
  'premature baby',
  'ziekenhuisopname',
  'thuisverpleging',
  'kinesitherapie',
  'logopedie',
  'tandzorg',
  'tienerzwangerschap',
  'anticonceptie',
  'seksualiteit',
  'relatie',
  'vaderschap',
  'grootouders',
  'netwerk',
  'pleegzorg',
  'adoptie',
  'uithuisplaatsing',
];
const templates = [
  (a: string, b: string) => `We bieden hulp op maat bij ${a} en ${b}.`,
  (a: string, b: string) =>
    `Een begeleider komt aan huis en zoekt samen met de ouders naar antwoorden over ${a} en ${b}.`,
  (a: string, b: string) =>
    `Ouders ontmoeten elkaar in een groep rond ${a}; er is ook aandacht voor ${b}.`,
  (a: string, b: string) =>
    `Je kan bij ons terecht met vragen over ${a}, ${b} en het welzijn van je kind.`,
  (a: string, b: string) =>
    `We werken samen met de huisarts, Kind en Gezin en het OCMW rond ${a} en ${b}.`,
  (a: string, b: string) =>
    `Kortdurende ondersteuning bij ${a}, met doorverwijzing voor ${b} waar nodig.`,
];

const orgKinds = [
  'vzw Kinderkansen',
  'Huis van het Kind',
  'Centrum Gezinszorg',
  'OCMW',
  'CAW',
  'Wijkgezondheidscentrum',
  'Vroedvrouwencollectief',
  'Centrum Geestelijke Gezondheidszorg',
  'Gezinsbond afdeling',
  'Kinderdagverblijf',
];

export function generateDirectory(services: number, seed = 42): Directory {
  const random = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const municipalities = readFileSync(
    new URL('../packages/server/data/geo/be-municipalities.tsv', import.meta.url),
    'utf8',
  )
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [nis = '', name = ''] = l.split('\t');
      return { nis, name };
    })
    .filter((m) => !m.nis.startsWith('21'));
  const perOrg = 5;
  const organizations: Directory['organizations'] = [];
  for (let o = 0; o * perOrg < services; o++) {
    const place = pick(municipalities);
    const orgKey = `bench-org-${o}`;
    const orgName = `${pick(orgKinds)} ${place.name}`;
    const count = Math.min(perOrg, services - o * perOrg);
    organizations.push({
      key: orgKey,
      name: orgName,
      description: `Organisatie in ${place.name} die gezinnen ondersteunt.`,
      phones: [],
      locations: [{ key: `${orgKey}-loc`, name: orgName, municipality: place.nis, schedules: [] }],
      services: Array.from({ length: count }, (_, i) => {
        const min = pick([-9, -9, 0, 0, 6, 12, 36, null]);
        const max = min === null ? null : Math.max(min, pick([0, 6, 12, 36, 72, 144, 215]));
        const area =
          random() < 0.1
            ? { kind: 'flanders' as const }
            : random() < 0.5
              ? { kind: 'municipality' as const, code: place.nis }
              : { kind: 'province' as const, code: provinceOf(place.nis) };
        return {
          key: `bench-${o}-${i}`,
          name: `${pick(kinds)} ${pick(audiences)}`,
          description: `${pick(templates)(pick(topics), pick(topics))} ${pick(templates)(pick(topics), pick(topics))}`,
          status: 'active' as const,
          duringPregnancy: min !== null && min < 0,
          ...(min === null ? {} : { ageMinMonths: min }),
          ...(max === null ? {} : { ageMaxMonths: max }),
          freeOfCharge: random() < 0.4,
          terms: [
            ...new Set([
              `target-group:${pick(targetGroups).code}`,
              `modality:${pick(modalities).code}`,
              `modality:${pick(modalities).code}`,
              random() < 0.5
                ? `hvhk-domain:${pick(hvhkDomains).code}`
                : `life-domain:${pick(lifeDomains).code}`,
            ]),
          ],
          areas: [area],
          servesBeyondProvince: random() < 0.05,
          languages: ['nl'],
          phones: [
            {
              number: `0${String(10 + Math.floor(random() * 89))} ${String(100000 + Math.floor(random() * 899999))}`,
            },
          ],
          contacts: [],
          schedules: [],
          locations: [`${orgKey}-loc`],
        };
      }),
    });
  }
  return { source: `generated benchmark directory (seed ${seed})`, organizations };
}

function provinceOf(nis: string): 'VAN' | 'VBR' | 'VWV' | 'VOV' | 'VLI' {
  const two = Number(nis.slice(0, 2));
  if (two <= 13) return 'VAN';
  if (two <= 24) return 'VBR';
  if (two <= 38) return 'VWV';
  if (two <= 46) return 'VOV';
  return 'VLI';
}
