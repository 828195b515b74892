/**
 * "Did you mean": each typed word that is not (the start of) a known word is replaced by the
 * nearest word of the directory by trigram similarity (pg_trgm, GiST index).
 */
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db/database.ts';

const MIN_SIMILARITY = 0.3;

export async function suggestCorrection(db: Db, terms: string[]): Promise<string[] | null> {
  let changed = false;
  const corrected: string[] = [];
  for (const term of terms) {
    const [nearest] = await rows<{ word: string; similarity: number; known: boolean }>(
      db,
      sql`SELECT word, similarity(word, ${term}) AS similarity,
            EXISTS (SELECT 1 FROM search_lexicon WHERE word = ${term}) AS known
          FROM search_lexicon ORDER BY word <-> ${term} LIMIT 1`,
    );
    if (
      nearest === undefined ||
      nearest.known ||
      nearest.word.startsWith(term) ||
      nearest.similarity < MIN_SIMILARITY
    ) {
      corrected.push(term);
    } else {
      corrected.push(nearest.word);
      changed = true;
    }
  }
  return changed ? corrected : null;
}
