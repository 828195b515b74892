/** Running a job through the real queue in a test: send it, then wait until pg-boss completed it. */
import { expect } from 'vitest';
import type { JobQueue } from '../../src/platform/jobs/jobQueue.ts';

export async function runJob(queue: JobQueue, name: string): Promise<void> {
  const id = await queue.boss.send(name, {});
  if (id === null) throw new Error(`the job ${name} was not queued`);
  await expect
    .poll(async () => (await queue.boss.findJobs(name, { id }))[0]?.state, {
      timeout: 20_000,
      interval: 250,
    })
    .toBe('completed');
}
