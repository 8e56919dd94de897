// CPU time over a stretch of the bench: each core's busy time from os.cpus() (the whole machine,
// other processes included: the machine is shared), and each thread of the server process from
// /proc/<pid>/task/<tid>/stat (Linux; utime + stime), so that the event loop and the impact
// pool's worker threads are told apart.
import fs from 'node:fs';
import os from 'node:os';
import { round } from './timing.js';

const TICK_MS = 10; // USER_HZ is 100 on Linux

interface ThreadTimes {
  readonly name: string;
  readonly ms: number;
}

function threadsOf(pid: number): Map<string, ThreadTimes> {
  const threads = new Map<string, ThreadTimes>();
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return threads;
  }
  for (const tid of tids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // The name is in parentheses and may hold spaces; the fields after it are space-separated.
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      threads.set(tid, { name, ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS });
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return threads;
}

export interface CpuUsage {
  readonly wallMs: number;
  /** Per core: the share of the stretch it was busy (user, nice, sys, irq), whoever ran. */
  readonly cores: readonly { readonly busyMs: number; readonly busyShare: number }[];
  /** The server's threads that used at least 1 % of the stretch, busiest first. */
  readonly serverThreads: readonly { readonly tid: string; readonly name: string; readonly ms: number }[];
  /** All of the server's threads together, in ms of CPU. */
  readonly serverMs: number;
  /** The load average at the start (1, 5, 15 minutes). */
  readonly loadAverageBefore: readonly number[];
}

/** Starts measuring; the returned function ends the stretch and reports it. */
/** A process's CPU time so far (user + system, all its threads), in ms; NaN without a pid. */
export function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

export function measureCpu(serverPid: number): () => CpuUsage {
  const began = performance.now();
  const loadAverageBefore = os.loadavg().map((x) => round(x));
  const coresBefore = os.cpus().map((c) => c.times);
  const threadsBefore = threadsOf(serverPid);
  return () => {
    const wallMs = performance.now() - began;
    const cores = os.cpus().map((c, i) => {
      const a = coresBefore[i]!;
      const busyMs =
        c.times.user + c.times.nice + c.times.sys + c.times.irq - (a.user + a.nice + a.sys + a.irq);
      return { busyMs: round(busyMs), busyShare: round(busyMs / wallMs, 2) };
    });
    const threads = [...threadsOf(serverPid)].map(([tid, t]) => ({
      tid,
      name: t.name,
      ms: t.ms - (threadsBefore.get(tid)?.ms ?? 0),
    }));
    return {
      wallMs: round(wallMs),
      cores,
      serverThreads: threads.filter((t) => t.ms >= wallMs / 100).sort((a, b) => b.ms - a.ms),
      serverMs: threads.reduce((sum, t) => sum + t.ms, 0),
      loadAverageBefore,
    };
  };
}
