// The startup progress channel (late subscribers get the latest report) and the "Opening …" line it feeds.
import { describe, expect, it } from 'vitest';
import { formatOpening } from '../../../src/app/formatOpening';
import { createProgressChannel } from '../../../src/app/progressChannel';
import { MESSAGES } from '../../../src/ui/i18n/messages';

describe('createProgressChannel', () => {
  it('gives a late subscriber the latest progress, then every later one, until it unsubscribes', () => {
    const channel = createProgressChannel();
    channel.emit({ stage: 'reading' });
    channel.emit({ stage: 'parsing' });
    const seen: string[] = [];
    const unsubscribe = channel.subscribe((p) => seen.push(`${p.stage}${p.fraction ?? ''}`));
    channel.emit({ stage: 'building', fraction: 0.5 });
    unsubscribe();
    channel.emit({ stage: 'building', fraction: 1 });
    expect(seen).toEqual(['parsing', 'building0.5']);
  });
});

describe('formatOpening', () => {
  it('names the file, the stage and the share done, in either language', () => {
    const opening = { name: 'big.gexf', progress: { stage: 'building' as const, fraction: 0.456 } };
    expect(formatOpening(opening, MESSAGES.en)).toBe('Opening big.gexf… building the graph 46%');
    expect(formatOpening(opening, MESSAGES.zh)).toContain('构建图');
    expect(formatOpening({ name: 'x.json', progress: null }, MESSAGES.en)).toBe('Opening x.json… reading');
  });
});
