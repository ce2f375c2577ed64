/** The error of class `kind` that `call` throws; fails when it throws nothing or another error. */
export function thrown<E extends Error>(kind: abstract new (...args: never[]) => E, call: () => unknown): E {
  try {
    call();
  } catch (e) {
    if (e instanceof kind) return e;
    throw e;
  }
  throw new Error(`no ${kind.name} was thrown`);
}

/** What `call` throws, or what the promise it returns rejects with; fails when it returns. */
export async function caught(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (e) {
    return e;
  }
  throw new Error('nothing was thrown');
}
