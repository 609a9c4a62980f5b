// Which "Colour by" the app chose by itself for this graph (an attribute id, or null), for the legend to say so.
import { createContext, useContext } from 'react';

export const AutoColourContext = createContext<string | null>(null);

export function useAutoColourBy(): string | null {
  return useContext(AutoColourContext);
}
