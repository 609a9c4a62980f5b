// react-sigma's container for a sigma that exists already (the first frame's): moves its canvases in and provides it.
import { SigmaProvider, type SigmaContextInterface } from '@react-sigma/core';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { FirstFrame } from './firstFrame';

export interface AdoptedSigmaContainerProps {
  /**
   * A sigma built with the settings GraphCanvas would build it with (canvasSettings.ts), the view's reducers aside:
   * ReducersController hands those over, as it does any later ones.
   */
  frame: FirstFrame;
  className?: string;
  children?: ReactNode;
}

export function AdoptedSigmaContainer({ frame, className, children }: AdoptedSigmaContainerProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [context, setContext] = useState<SigmaContextInterface | null>(null);
  useLayoutEffect(() => {
    frame.adoptInto(rootRef.current!);
    // As react-sigma does: sigma exists, then the children (the controllers) mount.
    setContext({ sigma: frame.sigma, container: rootRef.current! });
    return () => frame.release();
  }, [frame]);
  return (
    <div className={`react-sigma ${className ?? ''}`} ref={rootRef}>
      {context && <SigmaProvider value={context}>{children}</SigmaProvider>}
    </div>
  );
}
