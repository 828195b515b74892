/**
 * How a search's words meet the search rows (service_search, aliased `alias`): found in any of
 * the service's words, ranked on its name, organisation and description. The match is written
 * exactly as the index expression (service_search_words_idx), or PostgreSQL would not use it.
 */
import { sql, type SQL } from 'drizzle-orm';

/**
 * A tsquery of prefix terms (core searchTerms, joined by toTsquery), computed once per statement
 * (a sub-select becomes an InitPlan). Written inline, a prepared statement's generic plan would
 * parse and stem it again for every match it ranks: `to_tsquery` of a parameter is no constant.
 */
function tsquery(query: string): SQL {
  return sql`(SELECT to_tsquery('omringd_nl', ${query}))`;
}

export function textMatches(query: string, alias = 's'): SQL {
  const a = sql.raw(alias);
  return sql`(${a}.rank_vector || ${a}.extra_vector) @@ ${tsquery(query)}`;
}

/**
 * Whether a row has the words, for a row already found (not for finding rows: the index is on
 * the two vectors joined). Testing each vector apart spares joining them for every word tested.
 */
export function rowHas(query: string, alias = 's'): SQL {
  const a = sql.raw(alias);
  return sql`(${a}.rank_vector @@ ${tsquery(query)} OR ${a}.extra_vector @@ ${tsquery(query)})`;
}

/**
 * ts_rank with length normalisation 1, the length taken from the row (rank_norm) instead of being
 * counted again for every match.
 */
export function textRank(query: string, alias = 's'): SQL {
  const a = sql.raw(alias);
  return sql`(ts_rank(${a}.rank_vector, ${tsquery(query)}, 0) / ${a}.rank_norm)`;
}

/** A phrase taken literally in a LIKE pattern (its own %, _ and \\ escaped). */
const literal = (phrase: string) => phrase.replace(/[\\%_]/g, (c) => `\\${c}`);
/** Anywhere in the name; a phrase of two letters only as the whole name. */
const within = (phrase: string) => (phrase.length >= 3 ? `%${literal(phrase)}%` : literal(phrase));

/**
 * A name typed as a whole, stop words and symbols kept ("op+", "de kiem"): the service's or the
 * organisation's name is it (3), starts with it (2), or holds it (1). Trigram indexes serve it.
 */
export function nameScore(phrase: string, alias = 's'): SQL {
  const a = sql.raw(alias);
  return sql`(CASE WHEN ${a}.name_key = ${phrase} OR ${a}.organization_key = ${phrase} THEN 3
    WHEN ${a}.name_key LIKE ${`${literal(phrase)}%`} THEN 2
    WHEN ${a}.name_key LIKE ${within(phrase)} OR ${a}.organization_key LIKE ${within(phrase)} THEN 1
    ELSE 0 END)`;
}

export function nameMatches(phrase: string, alias = 's'): SQL {
  const a = sql.raw(alias);
  return sql`(${a}.name_key LIKE ${within(phrase)} OR ${a}.organization_key LIKE ${within(phrase)})`;
}
