/**
 * Gives the event loop a turn between chunks of work, so that building the index never
 * blocks a keystroke.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves after pending input and rendering had their turn: `scheduler.yield()` where the
 * browser has it (it keeps the task's priority), else a message-channel round trip, which,
 * unlike a nested `setTimeout(0)`, is not clamped to 4 ms.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
