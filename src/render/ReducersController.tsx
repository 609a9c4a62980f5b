// Renders nothing: hands new node/edge reducers to sigma through setSetting, so sigma is never rebuilt for them.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { Settings } from 'sigma/settings';

export interface ReducersControllerProps {
  nodeReducer: Settings['nodeReducer'];
  edgeReducer: Settings['edgeReducer'];
}

export function ReducersController({ nodeReducer, edgeReducer }: ReducersControllerProps) {
  const sigma = useSigma();
  useEffect(() => {
    // Each settings change re-processes the whole graph: change both reducers at once, and only if they changed.
    if (sigma.getSetting('nodeReducer') === nodeReducer && sigma.getSetting('edgeReducer') === edgeReducer)
      return;
    sigma.setSettings({ nodeReducer, edgeReducer });
    // setSettings has reduced every item already and waits for the next animation frame to draw; draw now instead,
    // so the frame after the input (a selection, a hover) shows it. An empty partial refresh only renders.
    sigma.refresh({ partialGraph: {}, schedule: false });
  }, [sigma, nodeReducer, edgeReducer]);
  return null;
}
