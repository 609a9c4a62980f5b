// Entry point: mounts the React application.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDefaultDataset } from './loadDefaultDataset';
import { openDataset } from './openDataset';
import { createProgressChannel } from './progressChannel';
import { restrictConnections } from './restrictConnections';
import { DEFAULT_SETTINGS } from '../style/settings';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Start loading the startup dataset now, in parallel with React's first render: ?graph=<URL>, else the YRD graph.
const graphUrl = new URLSearchParams(window.location.search).get('graph');
restrictConnections(graphUrl);
const progress = createProgressChannel();
const startup = {
  load: graphUrl
    ? openDataset({ kind: 'url', url: graphUrl }, { onProgress: progress.emit })
    : loadDefaultDataset(),
  graphUrl,
  progress,
};
/**
 * The first render waits a moment for the startup dataset: a quick one (the default dataset, a small file) then
 * goes straight into the explorer, without a loading screen (and its frame) first; a slow one gets its progress.
 */
const ready = await Promise.race([
  startup.load.catch(() => undefined),
  new Promise<undefined>((resolve) => setTimeout(resolve, DEFAULT_SETTINGS.startupRenderWaitMs)),
]);
createRoot(root).render(
  <StrictMode>
    <App startup={ready ? { ...startup, loaded: ready } : startup} />
  </StrictMode>,
);
