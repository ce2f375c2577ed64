// Timing helpers shared by the benchmark's measuring processes.

/** The median of a list of numbers. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs `fn` `n` times (after `warm` unmeasured runs) and returns the median time in ms and the last result. */
export async function time(n, fn, warm = 0) {
  let result;
  for (let i = 0; i < warm; i++) result = await fn();
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    result = await fn();
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), all: ms.map((x) => Math.round(x * 10) / 10), result };
}
