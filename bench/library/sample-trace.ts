import { constants, PerformanceObserver } from 'node:perf_hooks';

/**
 * `--trace`: where the time of each timed run went. The measuring child is pinned to one
 * core, so the process's CPU time (main thread and V8's helper threads) is the time the
 * core gave it; the rest of the wall time the core ran something else (another process)
 * or the process waited. Collections are the `gc` performance entries that overlap the run.
 */
export interface SampleTrace {
  ms: number;
  /** CPU time of the whole process during the run. */
  cpuMs: number;
  /** Wall time not spent on the CPU: another process had the core (involuntary switches), or I/O. */
  offCpuMs: number;
  /** Collections overlapping the run, by kind, e.g. `minor 0.9`, `major 5.2`. */
  gc: string[];
  gcMs: number;
  involuntarySwitches: number;
  voluntarySwitches: number;
}

interface Span {
  start: number;
  end: number;
  cpuMs: number;
  involuntary: number;
  voluntary: number;
}

const GC_KIND: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

export class SampleTracer {
  private readonly collections: Array<{ start: number; end: number; kind: string }> = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0;
      this.collections.push({ start: entry.startTime, end: entry.startTime + entry.duration, kind: GC_KIND[kind] ?? String(kind) });
    }
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** Runs `fn` and returns its wall time; the rest is kept for `traces`. */
  async timed(fn: () => unknown): Promise<{ ms: number; span: Span }> {
    const before = process.resourceUsage();
    const cpu = process.cpuUsage();
    const start = performance.now();
    await fn();
    const end = performance.now();
    const used = process.cpuUsage(cpu);
    const after = process.resourceUsage();
    return {
      ms: end - start,
      span: {
        start,
        end,
        cpuMs: (used.user + used.system) / 1000,
        involuntary: after.involuntaryContextSwitches - before.involuntaryContextSwitches,
        voluntary: after.voluntaryContextSwitches - before.voluntaryContextSwitches,
      },
    };
  }

  /** The traces of these runs, once the collections seen so far have been delivered. */
  async traces(spans: readonly Span[]): Promise<SampleTrace[]> {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return spans.map((span) => {
      const overlapping = this.collections.filter((gc) => gc.start < span.end && gc.end > span.start);
      const ms = span.end - span.start;
      return {
        ms,
        cpuMs: span.cpuMs,
        offCpuMs: Math.max(0, ms - span.cpuMs),
        gc: overlapping.map((gc) => `${gc.kind} ${(gc.end - gc.start).toFixed(1)}`),
        gcMs: overlapping.reduce((sum, gc) => sum + (Math.min(gc.end, span.end) - Math.max(gc.start, span.start)), 0),
        involuntarySwitches: span.involuntary,
        voluntarySwitches: span.voluntary,
      };
    });
  }

  close(): void {
    this.observer.disconnect();
  }
}

/** One line on the slowest runs of an operation: wall, CPU, collections, off-CPU. */
export function describeSlowest(traces: readonly SampleTrace[], count = 3): string {
  const ms = (n: number) => n.toFixed(1);
  return [...traces]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((t) => `${ms(t.ms)} (cpu ${ms(t.cpuMs)}, gc ${ms(t.gcMs)}${t.gc.length ? ` [${t.gc.join(', ')}]` : ''}, off-cpu ${ms(t.offCpuMs)}, ${t.involuntarySwitches} preempted)`)
    .join('; ');
}
