/**
 * Relevance of the social-map search on the demo directory, on both storage modes: the set of
 * natural questions (test/relevance/queries.ts) must find its answer in the top five for at least
 * nine in ten; `npm run bench:relevance` prints the figures per kind of query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { relevanceQueries } from '../relevance/queries.ts';
import { figures, judge } from '../relevance/evaluate.ts';

describe.each(storageModes)('relevance of the search on %s', (mode) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(mode);
  });
  afterAll(() => closeTestApp(t));

  it('has a relevance set of at least 40 questions', () => {
    expect(relevanceQueries.length).toBeGreaterThanOrEqual(40);
  });

  it('finds the answer in the top five for at least nine in ten questions', async () => {
    const judged = await judge(async (q) => {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/services?q=${encodeURIComponent(q)}`,
      });
      return response.json<{ results: { name: string }[] }>().results.map((r) => r.name);
    });
    const missed = judged
      .filter((j) => j.rank === null || j.rank > 5)
      .map((j) => `${j.q} → ${j.top.join(' | ')}`);
    expect(figures(judged).hitAt5, missed.join('\n')).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
