// Renders nothing: reports once that sigma exists, i.e. that it has drawn its first frame (sigma draws as it is built).
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';

export interface SigmaReadyControllerProps {
  onReady(): void;
}

export function SigmaReadyController({ onReady }: SigmaReadyControllerProps) {
  const sigma = useSigma();
  const reported = useRef(false);
  const latest = useRef(onReady);
  useEffect(() => {
    latest.current = onReady;
  });
  useEffect(() => {
    if (reported.current) return;
    reported.current = true;
    latest.current();
  }, [sigma]);
  return null;
}
