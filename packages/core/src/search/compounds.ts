/**
 * Dutch writes compounds as one word ("mantelzorgers", "verslavingsproblemen"), and the Snowball
 * stemmer does not split them. Indexing adds the known parts of a compound as extra words, so a
 * search for "zorg" or "verslaving" also finds those. The parts are data: a vocabulary of the
 * field, kept here and extended when users search for a part that is not yet found.
 */
export const compoundVocabulary: readonly string[] = [
  'afhankelijkheid',
  'alcohol',
  'baby',
  'begeleiding',
  'budget',
  'drug',
  'gebruik',
  'geweld',
  'gezin',
  'gezondheid',
  'groep',
  'hulp',
  'huis',
  'kind',
  'kinderen',
  'middelen',
  'moeder',
  'opvoeding',
  'ouder',
  'ouderschap',
  'psycholoog',
  'school',
  'steun',
  'therapie',
  'traject',
  'vader',
  'verslaving',
  'vorming',
  'vroedvrouw',
  'welzijn',
  'wonen',
  'zorg',
  'zwanger',
  'zwangerschap',
];

const MIN_REST = 3;

/** The vocabulary parts contained in a (folded, lower-case) word that is longer than the part. */
export function compoundParts(
  word: string,
  vocabulary: readonly string[] = compoundVocabulary,
): string[] {
  const parts: string[] = [];
  for (const part of vocabulary) {
    if (word.length >= part.length + MIN_REST && word.includes(part)) parts.push(part);
  }
  return parts;
}

/** All compound parts found in a text, deduplicated, for the index. */
export function compoundPartsOfText(text: string, toWords: (t: string) => string[]): string[] {
  const found = new Set<string>();
  for (const w of toWords(text)) for (const p of compoundParts(w)) found.add(p);
  return [...found];
}
