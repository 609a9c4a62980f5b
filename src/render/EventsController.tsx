// Renders nothing: turns sigma's clicks and hovers into callbacks (select node or edge, clear, hover).
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';

export interface GraphEventHandlers {
  onSelectNode(node: string): void;
  onSelectEdge(edge: string): void;
  onClear(): void;
  onHoverNode(node: string | null): void;
  onHoverEdge?(edge: string | null): void;
}

export function EventsController(handlers: GraphEventHandlers) {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  // The latest handlers, read by sigma's listeners, which are registered once.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const container = sigma.getContainer();
    const setCursor = (cursor: string) => {
      container.style.cursor = cursor;
    };
    registerEvents({
      clickNode: ({ node }) => latest.current.onSelectNode(node),
      clickEdge: ({ edge }) => latest.current.onSelectEdge(edge),
      clickStage: () => latest.current.onClear(),
      enterNode: ({ node }) => {
        setCursor('pointer');
        latest.current.onHoverNode(node);
      },
      leaveNode: () => {
        setCursor('');
        latest.current.onHoverNode(null);
      },
      enterEdge: ({ edge }) => {
        setCursor('pointer');
        latest.current.onHoverEdge?.(edge);
      },
      leaveEdge: () => {
        setCursor('');
        latest.current.onHoverEdge?.(null);
      },
    });
  }, [sigma, registerEvents]);
  return null;
}
