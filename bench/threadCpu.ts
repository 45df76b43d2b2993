// The CPU time of the event loop's own thread. process.cpuUsage() counts the whole process: V8's helper threads too
// (parallel scavenges, concurrent marking, the optimising compiler), which run beside the event loop on another core
// and do not block it. Linux tells a thread's own time in /proc/thread-self/schedstat (nanoseconds on a CPU, first
// field; the file stays open for the life of the process); elsewhere the process's time stands in, an upper bound.
import { openSync, readSync } from 'node:fs';

export interface ThreadCpuClock {
  /** Milliseconds of CPU this thread has used so far. */
  now(): number;
  /** True when the clock is this thread's own; false when it is the whole process's. */
  readonly threadOnly: boolean;
}

export function threadCpuClock(): ThreadCpuClock {
  let fd: number | undefined;
  try {
    fd = openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    fd = undefined;
  }
  if (fd === undefined) {
    return {
      now: () => {
        const used = process.cpuUsage();
        return (used.user + used.system) / 1000;
      },
      threadOnly: false,
    };
  }
  const file = fd;
  const buffer = Buffer.alloc(64);
  return {
    now: () => {
      const length = readSync(file, buffer, 0, buffer.length, 0);
      const text = buffer.toString('latin1', 0, length);
      return Number(text.slice(0, text.indexOf(' '))) / 1e6;
    },
    threadOnly: true,
  };
}
