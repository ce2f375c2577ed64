// How many cores the benchmark actually gets: the same fixed work on one thread, then on
// two at once. On an idle two-core machine the ratio is about 2; on a shared machine it is
// what is left by others, which bounds any parallel speed-up measured in the same run.
import { Worker } from 'node:worker_threads';

const WORK = `
const { parentPort } = require('node:worker_threads');
let x = 0;
for (let i = 0; i < 3e8; i++) x = (x + i * 7) % 1000003;
parentPort.postMessage(x);
`;

function run(n) {
  const t = performance.now();
  return Promise.all(
    Array.from({ length: n }, () => new Promise((resolve, reject) => {
      const w = new Worker(WORK, { eval: true });
      w.once('message', () => w.terminate().then(resolve));
      w.once('error', reject);
    })),
  ).then(() => performance.now() - t);
}

/** Effective parallel capacity for `threads` threads: threads × t(1) / t(threads). */
export async function cpuCapacity(threads = 2) {
  const one = await run(1);
  const many = await run(threads);
  return Math.round(((threads * one) / many) * 100) / 100;
}

/** The kernel's CPU pressure (share of time some task waited for a CPU), when it reports it. */
export function cpuPressure(read) {
  try {
    const line = read('/proc/pressure/cpu', 'utf8').split('\n').find((l) => l.startsWith('some'));
    const m = /avg60=([\d.]+)/.exec(line ?? '');
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}
