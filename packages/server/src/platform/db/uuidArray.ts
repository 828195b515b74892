/**
 * A list of ids as one PostgreSQL array literal, for `= ANY($1::uuid[])`: one parameter whatever
 * the length, where a list of parameters would make a statement per length and cost its building
 * on every request. Only well-formed UUIDs go in (the only thing the literal may hold; anything
 * else names no record); answers null when none is left, so the caller can skip the statement.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuidArray(ids: readonly string[]): string | null {
  const unique = [...new Set(ids)].filter((id) => UUID.test(id));
  if (unique.length === 0) return null;
  return `{${unique.join(',')}}`;
}
