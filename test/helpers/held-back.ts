/** A lazy part held back by holdBack(): how often it was asked for, and what lets it through. */
export interface HeldBack {
  /** How often the loader was called. */
  requests: number;
  /** Lets every call so far and later through to the real loader. */
  release(): void;
  /** Fails every call so far and later with `error` (a download that did not come). */
  fail(error: unknown): void;
  /** Puts the real loader back. */
  restore(): void;
}

/**
 * Holds back a lazy part of the kit, as a slow network would: replaces `owner[key]` (a static loader, such as
 * `LazyCartStore.load` or `SfCartDrawer.loadParts`) with one that waits until `release()` (or `fail()`) before
 * calling the real one, and counts the calls.
 */
export function holdBack<K extends string>(owner: { [P in K]: () => Promise<unknown> }, key: K): HeldBack {
  const original = owner[key];
  let release!: () => void;
  let fail!: (error: unknown) => void;
  const gate = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = reject;
  });
  // A gate failed before anything waits on it is not an unhandled rejection.
  gate.catch(() => undefined);
  const held: HeldBack = {
    requests: 0,
    release: () => release(),
    fail: (error) => fail(error),
    restore: () => void (owner[key] = original),
  };
  owner[key] = (() => {
    held.requests += 1;
    return gate.then(original);
  }) as (typeof owner)[K];
  return held;
}
