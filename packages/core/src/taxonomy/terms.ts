/**
 * Omringd's own taxonomy: what HSDS 3.1 lacks for the Flemish social map, as data.
 * Each term has a stable code (used in URLs, filters and HSDS exports) and Dutch and English labels.
 */
export type Labels = { nl: string; en: string };

export type TaxonomyTerm = {
  code: string;
  labels: Labels;
  description: Labels;
  /** A symbol shown next to the label, e.g. the legend of the provincial overview. */
  symbol?: string;
};

export type TaxonomyDefinition = {
  id: string;
  code: TaxonomyCode;
  labels: Labels;
  description: Labels;
  terms: readonly TaxonomyTerm[];
};

export const taxonomyCodes = ['target-group', 'modality', 'hvhk-domain', 'life-domain'] as const;
export type TaxonomyCode = (typeof taxonomyCodes)[number];

const term = (
  code: string,
  nl: string,
  en: string,
  descNl: string,
  descEn: string,
  symbol?: string,
): TaxonomyTerm => ({
  code,
  labels: { nl, en },
  description: { nl: descNl, en: descEn },
  ...(symbol === undefined ? {} : { symbol }),
});

export const targetGroups: readonly TaxonomyTerm[] = [
  term(
    'koap',
    'Ouders met afhankelijkheidsproblemen en hun kinderen (KOAP)',
    'Parents with addiction problems and their children (KOAP)',
    'Aanbod voor ouders en kinderen van ouders met afhankelijkheidsproblemen.',
    'Offer for parents with addiction problems and their children.',
    'ο',
  ),
  term(
    'pregnant-addiction',
    'Zwangere vrouwen met afhankelijkheidsproblemen',
    'Pregnant women with addiction problems',
    'Aanbod voor zwangere vrouwen met afhankelijkheidsproblemen.',
    'Offer for pregnant women with addiction problems.',
    'Φ',
  ),
  term(
    'kopp',
    'Kinderen van ouders met psychische problemen (KOPP)',
    'Children of parents with mental health problems (KOPP)',
    'Aanbod voor kinderen van ouders met psychische problemen en hun gezin.',
    'Offer for children of parents with mental health problems and their family.',
  ),
  term(
    'expectant-parents',
    '(Aanstaande) ouders',
    '(Expectant) parents',
    'Ouders en aanstaande ouders.',
    'Parents and expectant parents.',
  ),
  term(
    'teen-parents',
    'Tienerouders',
    'Teenage parents',
    'Jonge ouders, vaak nog in de overgang naar volwassenheid.',
    'Young parents, often still in the transition to adulthood.',
  ),
  term(
    'single-fathers',
    'Alleenstaande vaders',
    'Single fathers',
    'Vaders die alleen voor hun kind(eren) zorgen.',
    'Fathers caring for their child(ren) alone.',
  ),
  term(
    'families',
    'Gezinnen',
    'Families',
    'Alle gezinnen met kinderen.',
    'All families with children.',
  ),
  term(
    'professionals',
    'Hulpverleners',
    'Professionals',
    'Advies, vorming en intervisie voor hulpverleners.',
    'Advice, training and peer consultation for professionals.',
  ),
];

export const modalities: readonly TaxonomyTerm[] = [
  term('residential', 'Residentieel', 'Residential', 'Opname of verblijf.', 'Admission or stay.'),
  term(
    'outpatient',
    'Ambulant',
    'Outpatient',
    'Gesprekken of begeleiding in een centrum.',
    'Sessions or support at a centre.',
  ),
  term(
    'mobile',
    'Mobiel / aan huis',
    'Mobile / home visits',
    'Begeleiding bij het gezin thuis.',
    'Support at the family’s home.',
  ),
  term('group', 'Groepswerking', 'Group work', 'Begeleiding in groep.', 'Support in a group.'),
  term('online', 'Online', 'Online', 'Aanbod op afstand of online.', 'Remote or online offer.'),
  term(
    'case-management',
    'Casemanagement en coördinatie',
    'Case management and coordination',
    'Afstemming tussen hulpverleners rond één gezin.',
    'Coordination between professionals around one family.',
  ),
];

/** The five services every Huis van het Kind offers at least (decree of 2013, seed 004). */
export const hvhkDomains: readonly TaxonomyTerm[] = [
  term(
    'preventive-health',
    'Preventieve gezondheidszorg',
    'Preventive health care',
    'Consultaties, vaccinaties en opvolging van de gezondheid van jonge kinderen.',
    'Consultations, vaccinations and health follow-up of young children.',
  ),
  term(
    'perinatal-health',
    'Perinatale gezondheidszorg',
    'Perinatal health care',
    'Zorg voor, tijdens en na de zwangerschap.',
    'Care before, during and after pregnancy.',
  ),
  term(
    'socio-pedagogical',
    'Socio-pedagogische ondersteuning',
    'Socio-pedagogical support',
    'Opvoedingsondersteuning en -advies.',
    'Parenting support and advice.',
  ),
  term(
    'psycho-social',
    'Psycho-sociale ondersteuning',
    'Psycho-social support',
    'Steun bij psychische en sociale vragen.',
    'Support with mental and social questions.',
  ),
  term(
    'integral-trajectory',
    '(Preventieve) integrale trajectondersteuning',
    '(Preventive) integral trajectory support',
    'Een traject dat alle vragen van het gezin samen bekijkt.',
    'A trajectory that looks at all the family’s questions together.',
  ),
];

/** The life domains 1 Gezin 1 Plan works on with the whole family (seed 003). */
export const lifeDomains: readonly TaxonomyTerm[] = [
  term(
    'administration',
    'Administratie',
    'Administration',
    'Papieren en formulieren.',
    'Paperwork and forms.',
  ),
  term(
    'finances',
    'Financiën',
    'Finances',
    'Inkomen, schulden en budget.',
    'Income, debts and budget.',
  ),
  term(
    'parenting',
    'Opvoeding',
    'Parenting',
    'Opvoeden en de zorg voor kinderen.',
    'Raising and caring for children.',
  ),
  term(
    'mental-wellbeing',
    'Mentaal welzijn',
    'Mental well-being',
    'Hoe het met je gaat, stress en psychische gezondheid.',
    'How you feel, stress and mental health.',
  ),
  term('school', 'School', 'School', 'Schoolgaan en onderwijs.', 'Going to school and education.'),
  term(
    'housing',
    'Huisvesting',
    'Housing',
    'Wonen en een dak boven je hoofd.',
    'Housing and a roof over your head.',
  ),
  term(
    'health-substance-use',
    'Gezondheid en middelengebruik',
    'Health and substance use',
    'Lichamelijke gezondheid, alcohol, drugs en medicatie.',
    'Physical health, alcohol, drugs and medication.',
  ),
];

export const taxonomies: readonly TaxonomyDefinition[] = [
  {
    id: '7c2b6b0e-5a0e-4d8e-9a51-0d6c1b7a0001',
    code: 'target-group',
    labels: { nl: 'Doelgroep', en: 'Target group' },
    description: {
      nl: 'Voor wie het aanbod bedoeld is (met de legende van het provinciaal overzicht).',
      en: 'Who the service is for (with the legend of the provincial overview).',
    },
    terms: targetGroups,
  },
  {
    id: '7c2b6b0e-5a0e-4d8e-9a51-0d6c1b7a0002',
    code: 'modality',
    labels: { nl: 'Werkvorm', en: 'Modality' },
    description: { nl: 'Hoe het aanbod georganiseerd is.', en: 'How the service is delivered.' },
    terms: modalities,
  },
  {
    id: '7c2b6b0e-5a0e-4d8e-9a51-0d6c1b7a0003',
    code: 'hvhk-domain',
    labels: { nl: 'Domein Huis van het Kind', en: 'Huis van het Kind domain' },
    description: {
      nl: 'De vijf domeinen van de preventieve gezinsondersteuning.',
      en: 'The five domains of preventive family support.',
    },
    terms: hvhkDomains,
  },
  {
    id: '7c2b6b0e-5a0e-4d8e-9a51-0d6c1b7a0004',
    code: 'life-domain',
    labels: { nl: 'Levensdomein', en: 'Life domain' },
    description: {
      nl: 'De levensdomeinen waarop 1 Gezin 1 Plan met het hele gezin werkt.',
      en: 'The life domains 1 Gezin 1 Plan works on with the whole family.',
    },
    terms: lifeDomains,
  },
];

export const allTermCodes: ReadonlySet<string> = new Set(
  taxonomies.flatMap((t) => t.terms.map((x) => `${t.code}:${x.code}`)),
);

/** A term is referenced as `taxonomy:term`, e.g. `modality:residential`. */
export function termKey(taxonomy: TaxonomyCode, code: string): string {
  return `${taxonomy}:${code}`;
}

export function findTerm(
  key: string,
): { taxonomy: TaxonomyDefinition; term: TaxonomyTerm } | undefined {
  const [taxonomyCode, code] = key.split(':');
  const taxonomy = taxonomies.find((t) => t.code === taxonomyCode);
  const found = taxonomy?.terms.find((t) => t.code === code);
  return taxonomy && found ? { taxonomy, term: found } : undefined;
}
