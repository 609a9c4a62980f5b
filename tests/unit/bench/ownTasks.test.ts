// summariseOwnTasks: the page's longest task less the compositor's frame readback, on the page's main thread.
import { describe, expect, it } from 'vitest';
import { summariseOwnTasks } from '../../../bench/browser/ownTasks';

const MAIN = { pid: 2, tid: 7 };
const OTHER = { pid: 1, tid: 1 };
const task = (ts: number, dur: number, thread = MAIN) => ({
  name: 'RunTask',
  cat: 'disabled-by-default-devtools.timeline',
  ph: 'X',
  ...thread,
  ts: ts * 1000,
  dur: dur * 1000,
});
const readback = (ts: number, dur: number) => ({
  name: 'GLES2::ReadPixels',
  cat: 'gpu',
  ph: 'X',
  ...MAIN,
  ts: ts * 1000,
  dur: dur * 1000,
});
const threadName = (thread: { pid: number; tid: number }) => ({
  name: 'thread_name',
  cat: '__metadata',
  ph: 'M',
  ...thread,
  ts: 0,
  args: { name: 'CrRendererMain' },
});

describe('summariseOwnTasks', () => {
  it('takes the frame readback out of the task that waits for it', () => {
    const events = [
      threadName(MAIN),
      task(0, 20),
      task(100, 150), // the app's own work
      task(300, 600), // a frame: 520 ms of readback
      readback(310, 520),
    ];
    expect(summariseOwnTasks(events, 10_000)).toEqual({ longestOwnTask: 150 });
  });

  it('reads the busiest renderer main thread, and only tasks that began before the end of the load', () => {
    const events = [
      threadName(OTHER),
      threadName(MAIN),
      task(0, 5, OTHER),
      task(0, 30),
      task(50, 40),
      task(900, 400), // after the load: not counted
    ];
    expect(summariseOwnTasks(events, 500)).toEqual({ longestOwnTask: 40 });
  });

  it('has nothing to say without a renderer main thread', () => {
    expect(summariseOwnTasks([task(0, 30)], 500)).toBeNull();
  });
});
