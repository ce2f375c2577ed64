/**
 * Defines `key` on `target` as an enumerable own accessor that builds its value on first
 * read, keeps it, and takes what is assigned instead. The object still reads, serialises,
 * spreads, clones and compares as plain data; only `Object.getOwnPropertyDescriptor` tells.
 * Defined after the keys before it and before the keys after it, it keeps the object's key
 * order.
 */
export function defineLazy<T extends object, K extends keyof T>(target: T, key: K, build: () => T[K]): T {
  let value: T[K];
  let built = false;
  return Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!built) {
        value = build();
        built = true;
      }
      return value;
    },
    set: (assigned: T[K]) => {
      value = assigned;
      built = true;
    },
  });
}
