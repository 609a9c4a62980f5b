// Entry point: starts loading the startup dataset, draws it as soon as it is in (before the interface's code has
// run: drawStartFrame), and mounts the React interface (its own chunk, fetched then) around that frame.
import type { Startup } from './App';
import { drawStartFrame } from './drawStartFrame';
import { loadDefaultDataset } from './loadDefaultDataset';
import { openDataset } from './openDataset';
import { createProgressChannel } from './progressChannel';
import { restrictConnections } from './restrictConnections';
import { startInterface } from './startInterface';
import { DEFAULT_SETTINGS } from '../style/settings';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
/** index.html's page skeleton: the explorer's boxes, empty, with the graph area the first frame is drawn in. */
const skeleton = document.getElementById('first-frame');
// ?graph=<URL>, else the YRD graph.
const graphUrl = new URLSearchParams(window.location.search).get('graph');
restrictConnections(graphUrl);
const progress = createProgressChannel();
let markThreadFree = () => {};
const threadFree = new Promise<void>((resolve) => (markThreadFree = resolve));
const startup: Startup = {
  load: graphUrl
    ? openDataset(
        { kind: 'url', url: graphUrl },
        { onProgress: progress.emit, onWorkerImport: markThreadFree },
      )
    : loadDefaultDataset(),
  graphUrl,
  progress,
};
void startInterface({
  load: startup.load,
  ui: () =>
    import('./mountApp').then(
      ({ mountApp }) =>
        (drawnFirst) =>
          mountApp(root, { ...startup, ...drawnFirst }, skeleton),
    ),
  draw: (dataset) => {
    const host = skeleton?.querySelector<HTMLElement>('.graph-canvas');
    if (!host) return null;
    try {
      return drawStartFrame(dataset, host, window.location.search);
    } catch {
      // No WebGL, say: the explorer builds sigma itself and says what went wrong.
      host.replaceChildren();
      return null;
    }
  },
  threadFree,
  waitMs: DEFAULT_SETTINGS.firstFrameWaitMs,
});
