// settledWithinTask: a promise's value if it fulfils before the current task ends, else undefined.
import { describe, expect, it } from 'vitest';
import { settledWithinTask } from '../../../src/app/settledWithinTask';

describe('settledWithinTask', () => {
  it('gives the value of a promise that fulfils within the task, even after a few microtasks', async () => {
    expect(await settledWithinTask(Promise.resolve(7))).toBe(7);
    const chained = Promise.resolve(1)
      .then((n) => n + 1)
      .then((n) => n + 1);
    expect(await settledWithinTask(chained)).toBe(3);
  });

  it('gives undefined for a promise that settles in a later task, and for one that rejects', async () => {
    const later = new Promise<number>((resolve) => setTimeout(() => resolve(1), 5));
    expect(await settledWithinTask(later)).toBeUndefined();
    const failed = Promise.reject(new Error('HTTP 404'));
    expect(await settledWithinTask(failed)).toBeUndefined();
    // The caller still sees the rejection through its own promise.
    await expect(failed).rejects.toThrow('HTTP 404');
  });
});
