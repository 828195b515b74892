/**
 * Our data as a page to read and print (GDPR art. 15 asks for an intelligible form): the same
 * content as the JSON download, each part under a heading in plain words, every value escaped.
 * Names of fields the page knows are said in Dutch; others are shown as they are.
 */
const headings: Record<string, string> = {
  file: 'Jullie dossier',
  family: 'Jullie gezin',
  network: 'Jullie netwerk',
  worriesAndStrengths: 'Zorgen en krachten',
  scores: 'Scores',
  planVersions: 'Jullie plan, elke versie',
  homeVisits: 'Huisbezoeken',
  sharedWith: 'Wie mag jullie dossier zien',
  looks: 'Wie keek naar jullie dossier',
};

const words: Record<string, string> = {
  heldBy: 'bewaard door',
  status: 'stand',
  openedAt: 'geopend op',
  calledName: 'zo willen jullie genoemd worden',
  street: 'straat',
  postalCode: 'postcode',
  language: 'taal',
  members: 'gezinsleden',
  name: 'naam',
  role: 'rol',
  birthDate: 'geboortedatum',
  dueDate: 'verwachte geboorte',
  people: 'mensen',
  relation: 'wie',
  phone: 'telefoon',
  goals: 'doelen',
  actions: 'acties',
  text: 'tekst',
  what: 'wat',
  who: 'wie',
  by: 'tegen',
  score: 'score',
  note: 'opmerking',
  at: 'wanneer',
  visits: 'bezoeken',
  startsAt: 'wanneer',
  topics: 'waarover',
  organization: 'organisatie',
  legalBasis: 'wettelijke grond',
  agreement: 'jullie toestemming',
  since: 'sinds',
  reason: 'reden',
  part: 'deel',
};

const escape = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/** Ids and versions say nothing to a family: the page leaves them out. */
const technical = (key: string) => key === 'id' || key.endsWith('Id') || key === 'version';

function render(value: unknown, depth: number): string {
  if (value === null || value === undefined || value === '') return '<span class="none">—</span>';
  if (typeof value === 'string' || typeof value === 'number') return escape(String(value));
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (Array.isArray(value))
    return value.length === 0
      ? '<span class="none">(geen)</span>'
      : `<ul>${value.map((v) => `<li>${render(v, depth + 1)}</li>`).join('')}</ul>`;
  if (typeof value === 'object') {
    const rows = Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !technical(key))
      .map(([key, v]) => `<dt>${escape(words[key] ?? key)}</dt><dd>${render(v, depth + 1)}</dd>`);
    return depth > 6 ? escape(JSON.stringify(value)) : `<dl>${rows.join('')}</dl>`;
  }
  return '';
}

export function ourDataPage(data: Record<string, unknown>): string {
  const sections = Object.entries(headings)
    .filter(([key]) => key in data)
    .map(([key, title]) => `<section><h2>${escape(title)}</h2>${render(data[key], 0)}</section>`)
    .join('\n');
  const takenAt = typeof data.takenAt === 'string' ? data.takenAt : '';
  return `<!doctype html>
<html lang="nl-BE">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Onze gegevens in Omringd</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 1rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid #999; margin-top: 2rem; }
dl { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0; }
dt { font-weight: 600; } dd { margin: 0; } ul { padding-inline-start: 1.25rem; } .none { color: #555; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
</style>
</head>
<body>
<main>
<h1>Onze gegevens in Omringd</h1>
<p>${escape(typeof data.about === 'string' ? data.about : '')}</p>
<p>Gemaakt op ${escape(takenAt)}. Druk deze pagina af of bewaar ze als PDF met de printknop van je browser.</p>
${sections}
</main>
</body>
</html>
`;
}
