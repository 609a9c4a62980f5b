// The startup load's progress: reported before React mounts, read by the dataset opener once it has mounted.
import type { ImportProgress } from '../data/import/importTypes';

export interface ProgressChannel {
  emit(progress: ImportProgress): void;
  /** Calls the listener with the latest progress (if any) now, and with every later one; returns unsubscribe. */
  subscribe(listener: (progress: ImportProgress) => void): () => void;
}

export function createProgressChannel(): ProgressChannel {
  let latest: ImportProgress | null = null;
  const listeners = new Set<(progress: ImportProgress) => void>();
  return {
    emit(progress) {
      latest = progress;
      for (const listener of listeners) listener(progress);
    },
    subscribe(listener) {
      listeners.add(listener);
      if (latest) listener(latest);
      return () => listeners.delete(listener);
    },
  };
}
