/**
 * Defines `key` on `target` as an enumerable own accessor that builds its value on first
 * read, keeps it, and takes what is assigned instead. The object still reads, serialises,
 * spreads, clones and compares as plain data; only `Object.getOwnPropertyDescriptor` tells.
 * Defined after the keys before it and before the keys after it, it keeps the object's key
 * order.
 */
export function defineLazy<T extends object, K extends keyof T>(target: T, key: K, build: () => T[K]): T {
  let read = once(build);
  return Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => read(),
    set: (assigned: T[K]) => {
      read = () => assigned;
    },
  });
}

/** `build`, called on the first call only; it is let go of then, with all it holds on to. */
export function once<T>(build: () => T): () => T {
  let value: T;
  let pending: (() => T) | undefined = build;
  return () => {
    if (pending) {
      value = pending();
      pending = undefined;
    }
    return value;
  };
}
