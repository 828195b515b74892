/**
 * Where a request's CPU goes, measured from the outside: the CPU time the server process, the
 * PostgreSQL backends and the load generator spent during one load, per request. Linux only
 * (reads /proc); elsewhere it reports nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux.

function ticksOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    // The fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0; // The process ended during the load: its time is gone with it.
  }
}

function postgresPids(): number[] {
  if (process.platform !== 'linux') return [];
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    })
    .map(Number);
}

export type CpuShare = { serverMs: number; postgresMs: number; loadMs: number };

/** Runs the load and returns, per request, the CPU milliseconds of each side. */
export async function withCpuShare<T extends { requestsPerSecond: number }>(
  serverPid: number | undefined,
  seconds: number,
  run: () => Promise<T>,
): Promise<T & { cpuPerRequest: CpuShare | null }> {
  if (process.platform !== 'linux' || serverPid === undefined)
    return { ...(await run()), cpuPerRequest: null };
  const before = new Map(postgresPids().map((pid) => [pid, ticksOf(pid)]));
  const server0 = ticksOf(serverPid);
  const load0 = process.cpuUsage();
  const figures = await run();
  const load1 = process.cpuUsage(load0);
  let postgres = 0;
  for (const pid of postgresPids()) postgres += ticksOf(pid) - (before.get(pid) ?? 0);
  const requests = Math.max(1, figures.requestsPerSecond * seconds);
  const per = (ms: number) => Math.round((ms / requests) * 1000) / 1000;
  return {
    ...figures,
    cpuPerRequest: {
      serverMs: per((ticksOf(serverPid) - server0) * TICK_MS),
      postgresMs: per(postgres * TICK_MS),
      loadMs: per((load1.user + load1.system) / 1000),
    },
  };
}
