// Entry point: mounts the React application.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDefaultDataset } from './loadDefaultDataset';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Start fetching the default dataset now, in parallel with React's first render.
const startupLoad = loadDefaultDataset();
createRoot(root).render(
  <StrictMode>
    <App startupLoad={startupLoad} />
  </StrictMode>,
);
