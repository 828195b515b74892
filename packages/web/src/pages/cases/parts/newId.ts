/**
 * An id for a new item of a list (a person of the network, a statement): random, so two devices
 * adding at the same time never make the same id and a merge keeps both.
 */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}
