/**
 * The benchmark's HTTP client, run in a worker thread: like a browser, it parses on its own
 * thread, so the server's thread does only the server's work. Each message is a list of
 * requests (the benchmark sends one at a time), sent one after the other; a sample is the time
 * from sending a request to having its whole body, which is then parsed for the number of matches.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, Worker, workerData } from 'node:worker_threads';

/** Requests are paths with their query string (`/api/v1/services?q=…`), sent to `base`. */
export type ClientSetup = { base: string };
export type ClientRound = { queries: string[] };
export type ClientResult = { samples: number[]; totalHits: number } | { error: string };

// Node's own HTTP client on one kept-alive connection: `fetch` (undici) spent about 1 ms of its own
// on each request here, measured alternately, which is the client's cost, not the endpoint's.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode === 200) resolve(body);
          else reject(new Error(`${url}: HTTP ${String(response.statusCode)} ${body}`));
        });
      })
      .on('error', reject);
  });
}

async function round(setup: ClientSetup, queries: string[]): Promise<ClientResult> {
  const samples: number[] = [];
  let totalHits = 0;
  for (const q of queries) {
    const start = performance.now();
    const body = await get(`${setup.base}${q}`);
    samples.push(performance.now() - start);
    // Our API's page says `total`, the HSDS API's `total_items`.
    const page = JSON.parse(body) as { total?: number; total_items?: number };
    totalHits += page.total ?? page.total_items ?? 0;
  }
  return { samples, totalHits };
}

export type HttpClient = {
  round(queries: string[]): Promise<{ samples: number[]; totalHits: number }>;
  stop(): Promise<number>;
};

/** Starts the client in a worker thread; each call to `round` sends one round of requests. */
export function startClient(base: string): HttpClient {
  const setup: ClientSetup = { base };
  // A worker does not inherit the TypeScript loader the benchmark runs with: it registers it first.
  const module = new URL(import.meta.url).href;
  const worker = new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(module)}); })`,
    { eval: true, workerData: setup },
  );
  return {
    round: (queries) =>
      new Promise((resolve, reject) => {
        const onError = (error: Error) => {
          worker.off('message', onMessage);
          reject(error);
        };
        const onMessage = (result: ClientResult) => {
          worker.off('error', onError);
          if ('error' in result) reject(new Error(result.error));
          else resolve(result);
        };
        worker.once('message', onMessage);
        worker.once('error', onError);
        const round: ClientRound = { queries };
        worker.postMessage(round);
      }),
    stop: () => worker.terminate(),
  };
}

// In the worker thread: answer each round.
if (parentPort !== null) {
  const port = parentPort;
  const setup = workerData as ClientSetup;
  port.on('message', (message: ClientRound) => {
    round(setup, message.queries).then(
      (result) => {
        port.postMessage(result);
      },
      (error: unknown) => {
        port.postMessage({ error: String(error) });
      },
    );
  });
}
