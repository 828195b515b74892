/**
 * The relevance set: questions a nurse, a social worker or a coordinator types, written from the
 * source documents (seed 000: at least two per service; the programmes; the Huizen van het Kind),
 * each with the services of the demo social map that answer it (any of them counts). Kinds:
 * need (what the family needs), place (with a place word), name (a service's own name, stop words
 * and symbols included), typo, programme, hvhk (Huis van het Kind).
 */
export type RelevanceQuery = {
  q: string;
  kind: 'need' | 'place' | 'name' | 'typo' | 'programme' | 'hvhk';
  /** Names of the services that answer it; a service whose name starts with one counts. */
  expect: string[];
};

const HVHK_GENT = [
  'Laagdrempelig onthaal Huis van het Kind Gent',
  'Preventieve gezondheidszorg — Huis van het Kind Gent',
  'Perinatale gezondheidszorg — Huis van het Kind Gent',
  'Socio-pedagogische ondersteuning — Huis van het Kind Gent',
  'Psycho-sociale ondersteuning — Huis van het Kind Gent',
  'Integrale trajectondersteuning — Huis van het Kind Gent',
];
const ZORGGARANTIE = ['Zorggarantie Jonge Kind', 'Zorggarantie Jonge Kind Limburg'];

export const relevanceQueries: RelevanceQuery[] = [
  // The five that found nothing.
  { q: 'alleenstaande vader verslaving jonge kinderen', kind: 'need', expect: ['Tipi'] },
  { q: 'ontwenning ouders kinderen Antwerpen', kind: 'place', expect: ['OP+'] },
  { q: 'ongeboren kind drugafhankelijke ouders West-Vlaanderen', kind: 'place', expect: ['DoDo'] },
  {
    q: 'zwangerchap middelengebruik limburg',
    kind: 'typo',
    expect: ['Zorggroep Zin', 'PRAGT'],
  },
  { q: 'OP+', kind: 'name', expect: ['OP+'] },

  // Seed 000, service by service.
  {
    q: 'opname ontwenningsprogramma druggebruikende moeder met kleuter',
    kind: 'need',
    expect: ['OP+'],
  },
  { q: 'casemanagement gezinnen met een drugprobleem', kind: 'need', expect: ['GoiA'] },
  { q: 'gezinnen onder invloed Antwerpen', kind: 'place', expect: ['GoiA'] },
  { q: 'ambulant zorgprogramma vrouwen verslaving', kind: 'need', expect: ['PROject'] },
  { q: 'genderresponsief', kind: 'need', expect: ['PROject'] },
  { q: 'moeder-baby consult', kind: 'name', expect: ['Moeder-Baby consult'] },
  { q: 'ouder-kindbehandeling speltherapie', kind: 'need', expect: ['Moeder-Baby consult'] },
  { q: 'KOPP KOAP werkgroep provincie Antwerpen', kind: 'place', expect: ['Crosslink'] },
  { q: 'kinderen van ouders met psychische problemen', kind: 'need', expect: ['Crosslink'] },
  { q: 'druggebruik en ouderschap Vlaams-Brabant', kind: 'place', expect: ['MaPa', 'Pondo'] },
  { q: 'MaPa', kind: 'name', expect: ['MaPa'] },
  { q: 'perinataal netwerk zwangere druggebruikers', kind: 'need', expect: ['Pondo'] },
  { q: 'Pondo', kind: 'name', expect: ['Pondo'] },
  { q: 'kwetsbare zwangere vrouw Leuven', kind: 'place', expect: ['Parel'] },
  { q: 'hulp bij kraamgeld en papieren voor de baby', kind: 'need', expect: ['Parel'] },
  { q: 'revalidatie ouders drugs Genk', kind: 'place', expect: ['Ouderschapsproject'] },
  { q: 'Katarsis', kind: 'name', expect: ['Ouderschapsproject'] },
  {
    q: 'geestelijke gezondheidszorg zwangere vrouwen middelengebruik',
    kind: 'need',
    expect: ['Zorggroep Zin'],
  },
  { q: 'aanstaande ouders Noord-Limburg', kind: 'place', expect: ['PRAGT'] },
  { q: 'perinataal gezinstraject gratis', kind: 'need', expect: ['PRAGT'] },
  { q: 'drugverslaafde ouders huisbezoeken Gent', kind: 'place', expect: ['KDO'] },
  { q: 'kinderen en drugverslaafde ouders', kind: 'need', expect: ['KDO'] },
  { q: 'woonhuis therapeutische gemeenschap verslaafde moeders', kind: 'need', expect: ['Tipi'] },
  { q: 'De Kiem', kind: 'name', expect: ['Tipi', 'Ambulant Centrum Geraardsbergen'] },
  {
    q: 'druggebruikende ouders gesprekken aan huis Geraardsbergen',
    kind: 'place',
    expect: ['Ambulant Centrum Geraardsbergen'],
  },
  { q: 'DoDo Kompas', kind: 'name', expect: ['DoDo'] },
  { q: 'contextbegeleiding gebruikende ouders Oostende', kind: 'place', expect: ['KiDO'] },
  { q: 'KiDO', kind: 'name', expect: ['KiDO'] },
  { q: 'amberbegeleiding', kind: 'name', expect: ['Amberbegeleiding (CKG)'] },
  {
    q: 'drie keer per week aan huis tijdens de zwangerschap',
    kind: 'need',
    expect: ['Amberbegeleiding (CKG)'],
  },
  {
    q: 'groepsbegeleiding ouders met hun kind in het ckg',
    kind: 'need',
    expect: ['Tuimelwerking (CKG)', 'CKG — kinderzorg en gezinsondersteuning'],
  },
  {
    q: 'crisis opvang kinderen 0 tot 12 jaar',
    kind: 'need',
    expect: ['CKG — kinderzorg en gezinsondersteuning'],
  },
  {
    q: 'verblijf met contextbegeleiding',
    kind: 'need',
    expect: ['CIG — verblijf met contextbegeleiding'],
  },
  {
    q: 'tienerouders leefgroep studio',
    kind: 'need',
    expect: ['CIG — verblijf met contextbegeleiding'],
  },
  {
    q: 'Kind en Gezin trajectondersteuning zwanger',
    kind: 'name',
    expect: ['Trajectondersteuning tijdens de zwangerschap'],
  },

  // Programmes.
  { q: '1 Gezin 1 Plan', kind: 'name', expect: ['1 Gezin 1 Plan'] },
  {
    q: 'gezinsplan met alle hulpverleners samen, één aanspreekpunt',
    kind: 'programme',
    expect: ['1 Gezin 1 Plan'],
  },
  { q: 'dreigende uithuisplaatsing van een baby', kind: 'programme', expect: ZORGGARANTIE },
  { q: 'zorggarantie limburg', kind: 'programme', expect: ['Zorggarantie Jonge Kind Limburg'] },
  {
    q: 'intervisie over een lopend hulpverleningsdossier',
    kind: 'programme',
    expect: ['Observatorium'],
  },
  {
    q: 'verontrustende zwangerschap ondersteuningscentrum jeugdzorg',
    kind: 'programme',
    expect: ['Veilig en omringd opgroeien van in de buik'],
  },
  { q: 'kwetsbare aanstaande ouders Mechelen', kind: 'programme', expect: ['Opkomst', 'Opkomst+'] },
  { q: 'jonge alleenstaande zwangere moeder Mechelen', kind: 'programme', expect: ['Opkomst+'] },

  // Huizen van het Kind.
  { q: 'Huis van het Kind Gent', kind: 'hvhk', expect: HVHK_GENT },
  {
    q: 'binnenlopen zonder afspraak',
    kind: 'hvhk',
    expect: ['Laagdrempelig onthaal Huis van het Kind Gent'],
  },
  {
    q: 'opvoedingsondersteuning in groep Gent',
    kind: 'hvhk',
    expect: ['Socio-pedagogische ondersteuning — Huis van het Kind Gent'],
  },
  {
    q: 'zitdag voor en na de zwangerschap Gent',
    kind: 'hvhk',
    expect: ['Perinatale gezondheidszorg — Huis van het Kind Gent'],
  },
  {
    q: 'steun bij psychische vragen van ouders',
    kind: 'hvhk',
    expect: ['Psycho-sociale ondersteuning — Huis van het Kind Gent', 'Moeder-Baby consult'],
  },

  // Typos.
  {
    q: 'verslavnig ouders',
    kind: 'typo',
    expect: ['OP+', 'KDO', 'Tipi', 'MaPa', 'GoiA', 'KiDO', 'DoDo'],
  },
  {
    q: 'opvoedig ondersteuning gent',
    kind: 'typo',
    expect: ['Socio-pedagogische ondersteuning — Huis van het Kind Gent'],
  },
  { q: 'amberbegeleidng', kind: 'typo', expect: ['Amberbegeleiding (CKG)'] },
];
