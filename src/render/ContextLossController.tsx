// Renders nothing: watches sigma's WebGL canvases and reports a lost context, so the renderer can be re-created.
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';

export interface ContextLossControllerProps {
  onContextLost(): void;
}

export function ContextLossController({ onContextLost }: ContextLossControllerProps) {
  const sigma = useSigma();
  const latest = useRef(onContextLost);
  useEffect(() => {
    latest.current = onContextLost;
  });
  useEffect(() => {
    const canvases = Object.values(sigma.getCanvases());
    const onLost = (event: Event) => {
      // Without preventDefault the browser never restores the context; we re-create the renderer instead.
      event.preventDefault();
      latest.current();
    };
    for (const canvas of canvases) canvas.addEventListener('webglcontextlost', onLost);
    return () => {
      for (const canvas of canvases) canvas.removeEventListener('webglcontextlost', onLost);
    };
  }, [sigma]);
  return null;
}
