/**
 * Defines `key` on `target` as an enumerable own accessor that builds its value on first
 * read, keeps it, and takes what is assigned instead. The object still reads, serialises,
 * spreads, clones and compares as plain data; only `Object.getOwnPropertyDescriptor` tells.
 * Defined after the keys before it and before the keys after it, it keeps the object's key
 * order.
 */
export function defineLazy<T extends object, K extends keyof T>(target: T, key: K, build: () => T[K]): T {
  let value: T[K];
  // Let go of `build` once done, and of all it holds on to.
  let pending: (() => T[K]) | undefined = build;
  return Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (pending) {
        value = pending();
        pending = undefined;
      }
      return value;
    },
    set: (assigned: T[K]) => {
      value = assigned;
      pending = undefined;
    },
  });
}
