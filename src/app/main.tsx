// Entry point: mounts the React application.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDefaultDataset } from './loadDefaultDataset';
import { openDataset } from './openDataset';
import { createProgressChannel } from './progressChannel';
import { restrictConnections } from './restrictConnections';
import { settledWithinTask } from './settledWithinTask';
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
// A load that is already done (the default dataset, read while this code loaded) opens straight in the explorer,
// without a "loading" render and frame first.
void settledWithinTask(startup.load).then((loaded) =>
  createRoot(root).render(
    <StrictMode>
      <App startup={loaded ? { ...startup, loaded } : startup} />
    </StrictMode>,
  ),
);
