/**
 * The size limit of a catalog file for the CLI, in bytes, from its environment:
 * `TTHC_MAX_FILE_SIZE` megabytes (a positive number such as 200 or 75.5; a megabyte is
 * 1,048,576 bytes, as in the loader's messages) when set; undefined, for the loader's default
 * of 50 MB, when it is unset, empty or not such a number (`ignoredMaxFileSize` names it).
 */
export function cliMaxFileSize(env: Record<string, string | undefined>): number | undefined {
  return bytesOf(env.TTHC_MAX_FILE_SIZE);
}

/** TTHC_MAX_FILE_SIZE when it is set but gives no limit (see `cliMaxFileSize`), to be warned of. */
export function ignoredMaxFileSize(env: Record<string, string | undefined>): string | undefined {
  const value = env.TTHC_MAX_FILE_SIZE;
  if (value === undefined || value.trim() === '' || bytesOf(value) !== undefined) return undefined;
  return value;
}

function bytesOf(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  const bytes = Math.round(Number(value) * 1024 * 1024);
  return bytes >= 1 && Number.isFinite(bytes) ? bytes : undefined;
}
