/**
 * Runs async tasks one at a time, in the order they were queued; a failed task does not stop the next.
 * For read-modify-write sequences that must never interleave (alarms, messages, "check now").
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
