/**
 * How common each word is in the directory, to search for any of the words without reading the
 * whole directory: a word most services have ("kinderen", "ouders") weighs little and does not
 * bring in results by itself. Read from the planner's statistics of the words index (the share
 * of rows of its most common words, kept by ANALYZE: autovacuum on PostgreSQL, the nightly
 * maintenance on the embedded database), so it costs one small catalog query, not a count.
 */
import { combineTsquery, groupTsquery, pairsTsquery, type QueryGroup } from '@omringd/core';
import { sql } from 'drizzle-orm';
import type { PublicData } from '../../../kernel/accessContext.ts';

/** Below this many services, every word brings results in (a small directory reads fast). */
const SMALL = 2000;
/** A word on at least this share of the services is common. */
const COMMON_SHARE = 0.1;
/**
 * A word not among the index's most common words is on fewer services than the least common of
 * them; half that share is its weight's estimate.
 */
const UNLISTED = 0.5;

export type Rarity = {
  /**
   * The text-search queries that bring rows in, to try in turn until one finds a page: any of the
   * rarer words; two of the common words.
   */
  steps: string[];
  /** Each word's weight, ln(1 + 1 / its share of the services). */
  weights: number[];
};

type Share = { i: number; share: number | null; n: number; least: number | null };

export async function rarityOf(
  database: PublicData,
  groups: readonly QueryGroup[],
): Promise<Rarity | null> {
  if (groups.length < 2) return null;
  // The share of each word: the summed shares of the common lexemes it matches (a prefix matches
  // several), capped at one below; none when it matches no common lexeme. Each word's tsquery is
  // parsed once (a row of its own), not once per lexeme it is tested against.
  const shareRows = await database.preparedRows<Share>(
    sql`WITH elems AS MATERIALIZED (
        SELECT array_to_tsvector(ARRAY[e.lexeme]) AS lexeme, e.share FROM pg_stats st,
          unnest(st.most_common_elems::text::text[], st.most_common_elem_freqs) AS e(lexeme, share)
        WHERE st.schemaname = current_schema() AND st.tablename = 'service_search_words_idx'
          AND e.lexeme IS NOT NULL),
      words AS MATERIALIZED (
        SELECT w.i, to_tsquery('omringd_nl', w.query) AS query
        FROM unnest(${sql`ARRAY[${sql.join(
          groups.map((g) => sql`${groupTsquery(g)}`),
          sql`, `,
        )}]::text[]`}) WITH ORDINALITY AS w(query, i))
      SELECT words.i::int AS i, sum(elems.share)::float8 AS share,
        (SELECT greatest(reltuples, 0)::float8 FROM pg_class
         WHERE relname = 'service_search' AND relnamespace = current_schema()::regnamespace) AS n,
        (SELECT min(share)::float8 FROM elems) AS least
      FROM words LEFT JOIN elems ON elems.lexeme @@ words.query
      GROUP BY words.i`,
  );
  const first = shareRows[0];
  if (first === undefined || first.n < SMALL || first.least === null) return null;
  const least = first.least;
  const shareOf = new Map(shareRows.map((r) => [r.i, r.share]));
  const shares = groups.map((_g, i) => Math.min(1, shareOf.get(i + 1) ?? least * UNLISTED));
  const common = groups.filter((_g, i) => (shares[i] ?? 0) >= COMMON_SHARE);
  const rare = groups.filter((_g, i) => (shares[i] ?? 0) < COMMON_SHARE);
  const weights = shares.map((share) => Math.log(1 + 1 / share));
  // Any rarer word (a word no service has counts as rare and brings nothing). Two of the common
  // words at least, each as typed; with two words that is all of them, which the search for every
  // word already did.
  const steps: string[] = [];
  if (rare.length > 0 && common.length > 0) steps.push(combineTsquery(rare, 'any') ?? '');
  if (common.length >= 3)
    steps.push(pairsTsquery(common.map((g) => ({ word: g.word, alternatives: [g.word] }))) ?? '');
  const found = steps.filter((step) => step !== '');
  return found.length === 0 ? null : { steps: found, weights };
}
