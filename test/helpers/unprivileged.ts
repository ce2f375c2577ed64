/** The user and group `nobody` on Linux and the BSDs. */
const NOBODY = 65534;

/**
 * Runs `call` as a user that file permissions apply to: as itself, or, when the tests run
 * as root (whom chmod does not stop), with the effective user and group of `nobody`, put
 * back afterwards. The files it reads must be reachable by that user (a directory made by
 * mkdtempSync is 0700: open it with chmodSync(dir, 0o755)).
 */
export async function unprivileged<T>(call: () => Promise<T>): Promise<T> {
  if (process.getuid?.() !== 0) return call();
  process.setegid!(NOBODY);
  process.seteuid!(NOBODY);
  try {
    return await call();
  } finally {
    process.seteuid!(0);
    process.setegid!(0);
  }
}
