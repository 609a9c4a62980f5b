// The start's order: the graph is drawn as soon as it is loaded, unless the interface mounted first; the interface
// mounts once its code is in and the load is done, or a while later, to show the progress of a slow load.
import type { LoadedDataset } from './dataset';
import type { FirstFrame } from '../render';

/** What the interface is given at its mount, and never changed after: it follows a load still running itself. */
export interface DrawnFirst {
  loaded?: LoadedDataset;
  firstFrame?: FirstFrame | null;
}

export interface StartInterfaceOptions {
  load: Promise<LoadedDataset>;
  /** Resolves with the interface's mount function once its code is in. */
  ui: Promise<(drawnFirst: DrawnFirst) => void>;
  /** Draws the loaded graph before the interface exists, or returns null (a view the explorer draws itself). */
  draw(dataset: LoadedDataset): FirstFrame | null;
  /** How long the interface, once in, waits for a load still running. */
  waitMs: number;
}

export function startInterface({ load, ui, draw, waitMs }: StartInterfaceOptions): Promise<void> {
  let drawnFirst: DrawnFirst = {};
  let mounted = false;
  const drawn = load
    .then((dataset) => {
      if (mounted) return;
      drawnFirst = { loaded: dataset };
      drawnFirst.firstFrame = draw(dataset);
    })
    // A failed load is the interface's to report; a failed drawing leaves the graph to the explorer.
    .catch(() => undefined);
  return ui.then(async (mount) => {
    await Promise.race([drawn, new Promise((resolve) => setTimeout(resolve, waitMs))]);
    mounted = true;
    mount(drawnFirst);
  });
}
