/**
 * Process measurement for the benchmark: wall time and peak memory of a child process tree (Linux /proc), folder
 * sizes, gzip sizes, medians, and the machine load at the time of measuring.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface MemoryPeak {
  /** Highest VmHWM (peak resident set) reached by any single process of the tree. */
  maxProcessMB: number;
  /** Highest sum of VmRSS over all processes of the tree, sampled every `intervalMs`. */
  maxTreeMB: number;
  /** GNU time's %M for the direct child (max RSS of the largest process it waited for), when /usr/bin/time exists. */
  gnuTimeMB?: number;
  /** CPU seconds (user + system) used by the tree: from GNU time when available, else summed from /proc samples. */
  cpuSeconds: number;
  /** When the tree's sum peaked (wall clock, to read beside the build log's times) and what each process held then. */
  peak?: { at: string; processes: { command: string; mb: number }[] };
  /** The tree's sum about once a second: [seconds since start, MB]. */
  timeline?: [number, number][];
}

const kB = (status: string, field: string): number => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0);

/** Every live descendant of `root` (not `root` itself), from the parent links in /proc/<pid>/stat. */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** Samples the memory of the tree below `root` (optionally including root) until stop() is called. */
export function watchMemory(root: number, includeRoot = false, intervalMs = 100): { stop(): MemoryPeak } {
  const hwm = new Map<number, number>();
  const cpu = new Map<number, number>();
  let maxTree = 0;
  let peak: MemoryPeak['peak'];
  const timeline: [number, number][] = [];
  const started = performance.now();
  let next = 0;
  const sample = () => {
    let sum = 0;
    const seen: { command: string; mb: number }[] = [];
    for (const pid of includeRoot ? [root, ...descendants(root)] : descendants(root)) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        sum += kB(status, 'VmRSS');
        seen.push({ command: status.match(/^Name:\s+(.*)$/m)?.[1] ?? String(pid), mb: Math.round(kB(status, 'VmRSS') / 1024) });
        hwm.set(pid, Math.max(hwm.get(pid) ?? 0, kB(status, 'VmHWM')));
        const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const stat = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
        cpu.set(pid, Number(stat[11]) + Number(stat[12]));
      } catch {
        // ended between listing and reading
      }
    }
    if (sum > maxTree) peak = { at: new Date().toISOString(), processes: seen.filter((p) => p.mb > 0).sort((a, b) => b.mb - a.mb) };
    maxTree = Math.max(maxTree, sum);
    const t = (performance.now() - started) / 1000;
    if (t >= next) {
      timeline.push([Math.round(t), Math.round(sum / 1024)]);
      next = Math.floor(t) + 1;
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      sample();
      clearInterval(timer);
      const ticks = [...cpu.values()].reduce((a, b) => a + b, 0);
      return { maxProcessMB: Math.max(0, ...hwm.values()) / 1024, maxTreeMB: maxTree / 1024, cpuSeconds: ticks / 100, peak, timeline };
    },
  };
}

export const GNU_TIME = '/usr/bin/time';

export interface RunResult {
  code: number;
  ms: number;
  stdout: string;
  stderr: string;
  memory: MemoryPeak;
}

/** Runs a command, timing it and watching the memory of its whole process tree. */
export function runMeasured(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '@@maxrss=%M cpu=%U+%S', cmd, ...args]] : [cmd, args];
  const start = performance.now();
  const child = spawn(file, argv, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const watch = watchMemory(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((ok, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const memory = watch.stop();
      const m = stderr.match(/@@maxrss=(\d+) cpu=([\d.]+)\+([\d.]+)/);
      if (m) {
        memory.gnuTimeMB = Number(m[1]) / 1024;
        memory.cpuSeconds = Number(m[2]) + Number(m[3]);
        stderr = stderr.replace(/@@maxrss=.*\n?/, '');
      }
      ok({ code: code ?? 1, ms, stdout, stderr, memory });
    });
  });
}

/** Total size in bytes of the files under `dir`. */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, d.name);
    total += d.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}

/** Number of files under `dir` whose name matches `pattern`. */
export function countFiles(dir: string, pattern: RegExp): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.isDirectory()) n += countFiles(join(dir, d.name), pattern);
    else if (pattern.test(d.name)) n++;
  }
  return n;
}

/** Size a text resource takes on the wire from a host that gzips (level 6, the common default). */
export const gzipBytes = (body: Buffer | string): number => gzipSync(body, { level: 6 }).length;

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Load averages (1, 5, 15 min) and core count, to report with every figure measured on a shared machine. */
export const machineLoad = (): { load1: number; load5: number; load15: number } => {
  const [load1, load5, load15] = loadavg().map((x) => Math.round(x * 100) / 100);
  return { load1: load1!, load5: load5!, load15: load15! };
};
