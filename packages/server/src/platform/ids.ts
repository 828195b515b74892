/**
 * Stable identifiers: HSDS wants UUIDs; demo data and imports name records by key. A name-based
 * UUID (RFC 9562 version 5) gives the same id for the same key on every machine and re-import.
 */
import { createHash } from 'node:crypto';

const NAMESPACE = '6f6d7269-6e67-4400-8000-736f6369616c';

export function stableUuid(kind: string, key: string): string {
  const ns = Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(`${kind}:${key}`).digest();
  hash.writeUInt8((hash.readUInt8(6) & 0x0f) | 0x50, 6);
  hash.writeUInt8((hash.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record keeps a UUID key as its id (HSDS round trip); any other key gets a stable UUID. */
export function recordId(kind: string, key: string): string {
  return UUID.test(key) ? key.toLowerCase() : stableUuid(kind, key);
}
