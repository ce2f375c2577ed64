// Timing helpers shared by the benchmark's measuring processes.

/** The median of a list of numbers. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs each of `fns` (name → function) `n` times, taking turns: one run of each, then the
 * next round (after `warm` unmeasured rounds), so that garbage collection and a change in
 * the machine's load weigh on each alike. Returns, by name, the median time in ms (`ms`),
 * every time (`all`) and the last result (`result`).
 */
export async function timeByTurns(n, fns, warm = 0) {
  const names = Object.keys(fns);
  const ms = Object.fromEntries(names.map((k) => [k, []]));
  const results = {};
  for (let round = 0; round < warm + n; round++) {
    for (const k of names) {
      const t = performance.now();
      results[k] = await fns[k]();
      if (round >= warm) ms[k].push(performance.now() - t);
    }
  }
  return Object.fromEntries(
    names.map((k) => [k, { ms: median(ms[k]), all: ms[k].map((x) => Math.round(x * 10) / 10), result: results[k] }]),
  );
}

/** Runs `fn` `n` times (after `warm` unmeasured runs): the median time in ms, every time, and the last result. */
export async function time(n, fn, warm = 0) {
  return (await timeByTurns(n, { fn }, warm)).fn;
}
