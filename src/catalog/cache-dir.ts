import { posix, win32 } from 'node:path';

/**
 * The cache folder the CLI uses, from its environment: `TTHC_CACHE_DIR` when set (relative
 * to `cwd`), none when `TTHC_NO_CACHE` is set to anything but `0` or empty, otherwise the
 * user's cache folder (`$XDG_CACHE_HOME/tthc-graph`, `~/.cache/tthc-graph`, or
 * `%LOCALAPPDATA%\tthc-graph\Cache` on Windows). Undefined when there is none to use.
 * The library itself caches only when given `cacheDir`.
 */
export function cliCacheDir(env: Record<string, string | undefined>, cwd: string, platform: string = process.platform): string | undefined {
  const { isAbsolute, join, resolve } = platform === 'win32' ? win32 : posix;
  const off = env.TTHC_NO_CACHE;
  if (off !== undefined && off !== '' && off !== '0') return undefined;
  const chosen = env.TTHC_CACHE_DIR;
  if (chosen !== undefined && chosen !== '') return resolve(cwd, chosen);
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA;
    return local && isAbsolute(local) ? join(local, 'tthc-graph', 'Cache') : undefined;
  }
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'tthc-graph');
  const home = env.HOME;
  return home && isAbsolute(home) ? join(home, '.cache', 'tthc-graph') : undefined;
}
