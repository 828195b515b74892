/**
 * An instant of a raw row as a Date. Through the query builder's drivers a raw statement gives
 * timestamptz as text; through a prepared statement, as a Date. Either way the caller gets a Date.
 */
export function instant(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

export function instantOrNull(value: Date | string | null): Date | null {
  return value === null ? null : instant(value);
}
