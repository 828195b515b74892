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
 * ts_rank with length normalisation 1, the length taken from the row (rank_norm) instead of being
 * counted again for every match.
 */
export function textRank(query: string, alias = 's'): SQL {
  const a = sql.raw(alias);
  return sql`(ts_rank(${a}.rank_vector, ${tsquery(query)}, 0) / ${a}.rank_norm)`;
}
