/**
 * Where `bench:search --keep <name>` keeps its databases, so a later run or bench/explainSearch.ts
 * can open them again: a PostgreSQL database of that name, or an embedded data directory of that
 * name under bench/.keep/ (outside version control).
 */
import { fileURLToPath } from 'node:url';
import {
  openPglite,
  openPostgres,
  type Database,
} from '../packages/server/src/platform/db/database.ts';

export function keptPgliteDir(name: string): string {
  return fileURLToPath(new URL(`.keep/${name}`, import.meta.url));
}

export function keptPostgresUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A kept database's name: lower-case letters, digits and _, as PostgreSQL takes it unquoted. */
export function keptName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name))
    throw new Error('A kept database is named with lower-case letters, digits and _.');
  return name;
}

/** Opens a kept database: `pglite:<name>` for the embedded one, `<name>` for PostgreSQL. */
export async function openKept(spec: string, adminUrl: string): Promise<Database> {
  const [kind, name] = spec.startsWith('pglite:')
    ? ['pglite', spec.slice('pglite:'.length)]
    : ['postgres', spec];
  return kind === 'pglite'
    ? openPglite(keptPgliteDir(keptName(name)))
    : openPostgres(keptPostgresUrl(adminUrl, keptName(name)));
}
