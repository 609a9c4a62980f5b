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
    // Each setSetting re-processes the whole graph and schedules a frame: skip what sigma already has.
    if (sigma.getSetting('nodeReducer') !== nodeReducer) sigma.setSetting('nodeReducer', nodeReducer);
    if (sigma.getSetting('edgeReducer') !== edgeReducer) sigma.setSetting('edgeReducer', edgeReducer);
  }, [sigma, nodeReducer, edgeReducer]);
  return null;
}
