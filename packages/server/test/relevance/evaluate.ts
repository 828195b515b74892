/**
 * Relevance measured: for each query of the set, the rank of the first service that answers it;
 * hit@1, hit@5 and the mean reciprocal rank (MRR) per kind of query and over all.
 */
import { relevanceQueries, type RelevanceQuery } from './queries.ts';

export type Judged = RelevanceQuery & { rank: number | null; top: string[] };
export type Figures = { queries: number; hitAt1: number; hitAt5: number; mrr: number };

const answers = (name: string, query: RelevanceQuery) =>
  query.expect.some((e) => name === e || name.startsWith(`${e} `) || name.startsWith(`${e} —`));

export async function judge(search: (q: string) => Promise<string[]>): Promise<Judged[]> {
  const judged: Judged[] = [];
  for (const query of relevanceQueries) {
    const names = await search(query.q);
    const index = names.findIndex((n) => answers(n, query));
    judged.push({ ...query, rank: index < 0 ? null : index + 1, top: names.slice(0, 5) });
  }
  return judged;
}

export function figures(judged: Judged[]): Figures {
  const n = judged.length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    queries: n,
    hitAt1: round(judged.filter((j) => j.rank === 1).length / n),
    hitAt5: round(judged.filter((j) => j.rank !== null && j.rank <= 5).length / n),
    mrr: round(judged.reduce((s, j) => s + (j.rank === null ? 0 : 1 / j.rank), 0) / n),
  };
}

export function figuresByKind(judged: Judged[]): Record<string, Figures> {
  const kinds = [...new Set(judged.map((j) => j.kind))];
  return Object.fromEntries([
    ...kinds.map((k): [string, Figures] => [k, figures(judged.filter((j) => j.kind === k))]),
    ['all', figures(judged)] as [string, Figures],
  ]);
}
