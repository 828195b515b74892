/**
 * Named prepared statements with a generic plan on embedded PGlite. Its planner runs in
 * WebAssembly: for the social-map search, planning the statement costs several milliseconds,
 * more than running it when few services match. A prepared statement is planned once per shape
 * and then only executed. PGlite's query API prepares nothing, so this speaks the protocol
 * through PGlite's own serializer and result parser.
 */
import { parse, protocol, type PGlite } from '@electric-sql/pglite';
import { createHash } from 'node:crypto';

/** A parameter in PostgreSQL's text format; the statement's casts give its type. */
function textParam(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  throw new TypeError(`A prepared statement parameter must be a scalar, not ${typeof value}.`);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

export type PreparedRunner = <T>(text: string, params: readonly unknown[]) => Promise<T[]>;

/**
 * Runs read-only statements as named prepared statements on this PGlite instance, each shape
 * (statement text) prepared on first use. `plan_cache_mode` is forced to generic only around the
 * execution: with `auto`, PostgreSQL kept planning the search anew on every execution (its
 * generic plan's estimate was higher), which saved nothing; set for the session, it would also
 * give every unprepared query a generic plan.
 * Runs exclusively, like PGlite's own queries: never inside a transaction of the same instance.
 */
export function pglitePreparedRunner(client: PGlite): PreparedRunner {
  const prepared = new Set<string>();
  const { serialize } = protocol;
  const read = { syncToFs: false };
  return async <T>(text: string, params: readonly unknown[]): Promise<T[]> => {
    const name = `omringd_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    const values = params.map(textParam);
    return client._runExclusiveTransaction(() =>
      client._runExclusiveQuery(async () => {
        if (!prepared.has(name)) {
          await client.execProtocol(
            concat([serialize.parse({ name, text }), serialize.sync()]),
            read,
          );
          prepared.add(name);
        }
        await client.execProtocol(
          serialize.query('SET plan_cache_mode = force_generic_plan'),
          read,
        );
        try {
          const { messages } = await client.execProtocol(
            concat([
              serialize.bind({ statement: name, values }),
              serialize.describe({ type: 'P' }),
              serialize.execute({}),
              serialize.sync(),
            ]),
            read,
          );
          const [result] = parse.parseResults(messages, client.parsers);
          return (result?.rows ?? []) as T[];
        } finally {
          await client.execProtocol(serialize.query('RESET plan_cache_mode'), read);
        }
      }),
    );
  };
}
