// The shape of what the in-page probe records, and of the page globals the bench reads.
import type { BaselineHandle } from '../baseline/main';

export interface ProbeEvent {
  type: string;
  key: string;
  /** event.timeStamp, on the performance.now() timeline. */
  t: number;
}

/** A main-thread long task (≥ 50 ms, the Long Tasks API's threshold), on the performance.now() timeline. */
export interface ProbeLongTask {
  start: number;
  duration: number;
}

export interface ProbeState {
  /** A draw call covering at least this many instances/vertices counts as a full draw. */
  expectedNodes: number;
  /** performance.now() of the first full draw, ms since navigation start. */
  firstFullDraw: number | null;
  /**
   * When the page could next run a task after the frame holding the first full draw (a rAF, then a timeout):
   * includes rendering that frame, which SwiftShader does on the CPU and which blocks the page meanwhile.
   */
  firstDrawDone: number | null;
  /** performance.now() of every full draw call. */
  fullDraws: number[];
  /** When the Search combobox first existed and was enabled. */
  searchReady: number | null;
  /** Input events seen on the document (capture phase). */
  events: ProbeEvent[];
  /** When DOM mutations were observed, and the animation frames that followed them. */
  mutations: number[];
  mutationFrames: number[];
  /**
   * Long tasks since navigation, from a `PerformanceObserver({ type: 'longtask', buffered: true })` registered
   * before the page's own code; null when this Chromium does not report `longtask` entries.
   */
  longTasks: ProbeLongTask[] | null;
}

/** `window` as seen by page functions, with the probe's and the baseline's globals. */
export type ProbeWindow = Window & {
  __bench: ProbeState;
  __baseline?: BaselineHandle;
  /** The probe's long-task observer, so that a read can take the entries it has not delivered yet. */
  __benchLongTasks?: PerformanceObserver;
};
