// Renders nothing: hooks the collision-free label drawing (render/labelDrawing) up to the sigma it was built with.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { LabelDrawing } from './labelDrawing';

export interface LabelLayoutControllerProps {
  drawing: LabelDrawing;
}

export function LabelLayoutController({ drawing }: LabelLayoutControllerProps) {
  const sigma = useSigma();
  useEffect(() => drawing.attach(sigma), [sigma, drawing]);
  return null;
}
