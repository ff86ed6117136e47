/** Makes a tree of plain data immutable, so nothing downstream of the checks can change what was checked. */

/** Freezes an object and everything reachable from it, and returns it with a read-only type. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
