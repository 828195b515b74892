/**
 * What a professional's search text asks: a place named in it (the family's place, unless a place
 * filter says otherwise), a name typed as a whole ("OP+", "De Kiem"), and the other words with the
 * words of the field that mean the same; a word that is no word at all gets its correction as
 * one more alternative.
 */
import {
  expandWords,
  nameKey,
  stopWords,
  placeIndex,
  placeInText,
  searchTerms,
  type FamilyPlace,
  type PlaceIndex,
  type QueryGroup,
  type ServiceSearchQuery,
} from '@omringd/core';
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors.ts';
import { suggestCorrection } from './lexicon.ts';
import { resolvePlace } from './place.ts';

const indexes = new WeakMap<Db, Promise<PlaceIndex>>();

/** The place names of the geography in the database, read once per database. */
function placesOf(db: Db): Promise<PlaceIndex> {
  let found = indexes.get(db);
  if (found === undefined) {
    found = rows<{ nis: string; name_nl: string; name_fr: string | null }>(
      db,
      sql`SELECT nis, name_nl, name_fr FROM municipalities`,
    ).then((list) =>
      placeIndex(list.map((m) => ({ nis: m.nis, names: [m.name_nl, m.name_fr ?? ''] }))),
    );
    indexes.set(db, found);
  }
  return found;
}

export type Interpreted = {
  /** The words as typed (stop words and the place left out), each only in its own forms. */
  plain: QueryGroup[];
  /** The text as typed, when it holds what only a name search finds (a stop word, a symbol). */
  namePhrase: string | null;
  place: FamilyPlace | null;
  /** The words of the text that named the place (shown as a chip; gone from the text search). */
  placeWords: string[] | null;
  /** The other words (the search without the place). */
  rest: string[];
};

export type Widened = {
  /** Each word with the words of the field that mean the same, and its correction if it is none. */
  groups: QueryGroup[];
  /** The text with the corrections of words that are no words, for "did you mean". */
  didYouMean: string | null;
  /**
   * Words no service has (not in the directory, no correction): all words together cannot match,
   * nor can a prefix of one be the start of a longer word of the directory.
   */
  unknown: string[];
};

/** Only a name search finds a text with a stop word ("De Kiem") or a symbol ("OP+") in it. */
function needsNameSearch(q: string): boolean {
  const typed = searchTerms(q);
  return typed.some((w) => stopWords.has(w)) || /[^\p{L}\p{N}\s'’-]/u.test(q);
}

/** The place a filter names, else the one the text names (a postal code that exists). */
async function placeFor(
  db: Db,
  query: ServiceSearchQuery,
  typed: string[],
): Promise<{ place: FamilyPlace | null; placeWords: string[] | null; rest: string[] }> {
  const explicit = await resolvePlace(db, query);
  const inText = placeInText(typed, await placesOf(db));
  if (inText === null) return { place: explicit, placeWords: null, rest: typed };
  if (explicit !== null) return { place: explicit, placeWords: null, rest: inText.rest };
  const { target } = inText;
  try {
    const place = await resolvePlace(
      db,
      target.kind === 'province'
        ? { province: target.province }
        : target.kind === 'municipality'
          ? { municipality: target.nis }
          : { postcode: target.postcode },
    );
    return { place, placeWords: inText.words, rest: inText.rest };
  } catch (error) {
    // Four digits that are no postal code are text after all.
    if (error instanceof AppError && error.code === 'unknown_postcode')
      return { place: null, placeWords: null, rest: typed };
    throw error;
  }
}

/** The place, the name and the words as typed: what the first, plain search uses. */
export async function interpretQuery(db: Db, query: ServiceSearchQuery): Promise<Interpreted> {
  const typed = searchTerms(query.q);
  const { place, placeWords, rest } = await placeFor(db, query, typed);
  const phrase = query.q === undefined ? '' : nameKey(query.q);
  return {
    plain: rest
      .filter((w) => !stopWords.has(w))
      .filter((w, i, all) => all.indexOf(w) === i)
      .map((word) => ({ word, alternatives: [word] })),
    namePhrase:
      query.q !== undefined && phrase.length >= 2 && needsNameSearch(query.q) ? phrase : null,
    place,
    placeWords,
    rest,
  };
}

/**
 * The words widened, for when the plain search found less than a page: the field's synonyms, and
 * for a word that is no word its correction as one more form of it.
 */
export async function widenWords(db: Db, meaning: Interpreted): Promise<Widened> {
  const groups = expandWords(meaning.plain.map((g) => g.word));
  if (groups.length === 0) return { groups, didYouMean: null, unknown: [] };
  const { corrected, unknown } = await suggestCorrection(
    db,
    groups.map((g) => g.word),
  );
  if (corrected === null) return { groups, didYouMean: null, unknown };
  corrected.forEach((word, i) => {
    const group = groups[i];
    if (group !== undefined && word !== group.word && !group.alternatives.includes(word))
      group.alternatives.push(word);
  });
  return { groups, didYouMean: corrected.join(' '), unknown };
}
