/**
 * Remembers `fn`'s answer per object (a snapshot view: its files and their contents never change), so a derived view several
 * readers or checks ask for is computed once. The answer is shared: read-only.
 */
export function perObject<V extends object, T>(fn: (view: V) => T): (view: V) => T {
  const memo = new WeakMap<V, T>();
  return (view) => {
    if (memo.has(view)) return memo.get(view)!;
    const v = fn(view);
    memo.set(view, v);
    return v;
  };
}
