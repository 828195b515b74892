/**
 * Where an import reads its HSDS records from: a JSON file (a list, a page or one record), an
 * HSDS tabular datapackage (a directory of CSV files, or its datapackage.json), or the base URL of
 * an HSDS 3.1 API, whose pages of organizations and services are walked, bounded.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readTabular } from './tabular.ts';
import { isObject, list, text, type Json } from './mapFromHsds.ts';

/** Bounds of a walk through an API: no import reads without end. */
export type WalkLimits = { maxPages: number; perPage: number; timeoutMs: number };
const defaults: WalkLimits = { maxPages: 500, perPage: 100, timeoutMs: 30_000 };

async function getJson(url: string, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new Error(
      `${url} did not answer (${error instanceof Error ? error.message : String(error)}). Check the address and the network.`,
      { cause: error },
    );
  }
  if (!response.ok)
    throw new Error(`${url} answered HTTP ${String(response.status)}: is this an HSDS 3.1 API?`);
  try {
    return await response.json();
  } catch (error) {
    throw new Error(`${url} did not answer JSON: is this an HSDS 3.1 API?`, { cause: error });
  }
}

/** Every item of a paged list (`{ contents, last_page }`), page by page, within the bounds. */
async function walkPages(
  base: string,
  path: string,
  limits: WalkLimits,
  progress: (line: string) => void,
): Promise<Json[]> {
  const items: Json[] = [];
  for (let page = 1; page <= limits.maxPages; page++) {
    const url = `${base}${path}?page=${String(page)}&per_page=${String(limits.perPage)}`;
    const answer = await getJson(url, limits.timeoutMs);
    if (!isObject(answer) || !Array.isArray(answer.contents))
      throw new Error(`${url} is no HSDS page (no "contents" list).`);
    items.push(...list(answer.contents));
    const total = typeof answer.total_pages === 'number' ? answer.total_pages : undefined;
    progress(
      `${path}: page ${String(page)}${total === undefined ? '' : ` of ${String(total)}`}, ${String(items.length)} read`,
    );
    if (answer.last_page === true || answer.contents.length === 0) return items;
    if (total !== undefined && page >= total) return items;
  }
  throw new Error(
    `${base}${path} has more than ${String(limits.maxPages)} pages; import it in parts or from a file.`,
  );
}

/**
 * The organizations and every service in full, from an HSDS API: the lists give the ids, each
 * service is then read whole (`/services/{id}`), with its organization.
 */
export async function readHsdsApi(
  base: string,
  progress: (line: string) => void,
  limits: WalkLimits = defaults,
): Promise<Json[]> {
  const root = base.replace(/\/$/, '');
  const organizations = await walkPages(root, '/organizations', limits, progress);
  const listed = await walkPages(root, '/services', limits, progress);
  const services: Json[] = [];
  for (const [i, item] of listed.entries()) {
    const id = text(item.id);
    const full = await getJson(`${root}/services/${encodeURIComponent(id)}`, limits.timeoutMs);
    if (!isObject(full)) throw new Error(`${root}/services/${id} is no HSDS service.`);
    services.push(full);
    if ((i + 1) % 100 === 0 || i + 1 === listed.length)
      progress(`/services/{id}: ${String(i + 1)} of ${String(listed.length)} read`);
  }
  return [...organizations, ...services];
}

/** What `omringd import <source>` reads: a URL, a datapackage, or a JSON file. */
export async function readHsdsSource(
  source: string,
  progress: (line: string) => void,
): Promise<unknown> {
  if (/^https?:\/\//.test(source)) return readHsdsApi(source, progress);
  const info = await stat(source).catch((error: unknown) => {
    throw new Error(
      `${source} does not exist: give a JSON file, a datapackage or an https address.`,
      {
        cause: error,
      },
    );
  });
  if (info.isDirectory()) return readTabular(source);
  if (source.endsWith('datapackage.json')) return readTabular(dirname(source));
  const content = await readFile(source, 'utf8');
  try {
    return JSON.parse(content) as unknown;
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${error instanceof Error ? error.message : ''}`, {
      cause: error,
    });
  }
}
