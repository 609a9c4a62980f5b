// Collects import warnings; repeated ones are counted and reported once ("… on 12 nodes").
export interface WarningLog {
  /** A one-off warning (duplicates are ignored). */
  add(message: string): void;
  /** A repeated warning: occurrences with the same id are counted and described once. */
  count(id: string, describe: (count: number) => string): void;
  list(): string[];
}

export const MAX_WARNINGS = 100;

export function createWarningLog(): WarningLog {
  const entries = new Map<string, { count: number; describe: (count: number) => string }>();
  return {
    add(message) {
      if (!entries.has(`message:${message}`))
        entries.set(`message:${message}`, { count: 1, describe: () => message });
    },
    count(id, describe) {
      const entry = entries.get(`count:${id}`);
      if (entry) entry.count++;
      else entries.set(`count:${id}`, { count: 1, describe });
    },
    list() {
      const all = [...entries.values()].map((entry) => entry.describe(entry.count));
      if (all.length <= MAX_WARNINGS) return all;
      return [...all.slice(0, MAX_WARNINGS), `… and ${all.length - MAX_WARNINGS} more warnings`];
    },
  };
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`;
}
