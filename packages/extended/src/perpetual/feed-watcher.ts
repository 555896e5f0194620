import type { Fanout, Listener, Subscription } from "@perp/core";

/** A stream shared by every watcher of one market (order book or funding). */
export interface SharedFeed {
  readonly opened: Promise<void>;
  watchers: number;
}

export interface JoinFeedOptions<F extends SharedFeed, T> {
  feed: F;
  /** Drops one watcher (the feed closes when none is left and start() does not hold it). */
  release: (feed: F) => Promise<void>;
  /** Where the feed publishes its values. */
  values: Fanout<T>;
  listener: Listener<T>;
  onError: (error: unknown) => void;
  /** The feed's current value once its socket is open, given to the new watcher at once. */
  current: () => T | undefined;
}

/**
 * Adds a watcher to a shared feed: counted at once (so the feed is not closed under it), listening
 * once the socket is open. Unsubscribing, or a socket that never opens, drops it exactly once.
 */
export async function joinFeed<F extends SharedFeed, T>(
  options: JoinFeedOptions<F, T>,
): Promise<Subscription> {
  const { feed, listener } = options;
  feed.watchers += 1;
  let released: Promise<void> | undefined;
  const leave = () => {
    released ??= options.release(feed);
    return released;
  };
  try {
    await feed.opened;
  } catch (error) {
    await leave();
    throw error;
  }
  const off = options.values.add(listener, options.onError);
  const current = options.current();
  if (current !== undefined) listener(current);
  return {
    unsubscribe: async () => {
      off();
      await leave();
    },
  };
}
