// Whether a promise settles before the current task ends: its value if it fulfils by then, else undefined.

/** Resolves with the promise's value if it fulfils within this task (its microtasks), else with undefined. */
export function settledWithinTask<T>(promise: Promise<T>): Promise<T | undefined> {
  const nextTask = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 0));
  return Promise.race([
    promise.then(
      (value) => value,
      () => undefined,
    ),
    nextTask,
  ]);
}
