// adoptEarlyImport: the import the early entry began, followed by importInWorker as if it were a worker.
import { describe, expect, it } from 'vitest';
import { adoptEarlyImport, type EarlyImport } from '../../../src/app/earlyGraphFetch';
import type { ImportWorkerMessage } from '../../../src/data/import/importWorkerProtocol';

const progress = (fraction: number): ImportWorkerMessage => ({ progress: { stage: 'parsing', fraction } });

function makeEarly(messages: ImportWorkerMessage[]): EarlyImport {
  return { read: Promise.resolve('importing'), messages: [...messages], listener: null };
}

describe('adoptEarlyImport', () => {
  it('hands over the messages sent so far, in order, then the new ones, once handlers are set', async () => {
    const early = makeEarly([progress(0.1), progress(0.2)]);
    const worker = adoptEarlyImport(early);
    const seen: unknown[] = [];
    // Set after adoption, as importInWorker does; the request it posts goes nowhere.
    worker.onmessage = (event) => seen.push(event.data);
    worker.postMessage({ input: { name: 'g.gexf', text: '' } });
    expect(seen).toEqual([]);
    await Promise.resolve();
    expect(seen).toEqual([progress(0.1), progress(0.2)]);
    expect(early.messages).toEqual([]);
    early.listener!(progress(0.3));
    expect(seen).toEqual([progress(0.1), progress(0.2), progress(0.3)]);
  });

  it('stops following once terminated (an abort), before or after the hand-over', async () => {
    const early = makeEarly([progress(0.1)]);
    const worker = adoptEarlyImport(early);
    const seen: unknown[] = [];
    worker.onmessage = (event) => seen.push(event.data);
    worker.terminate();
    await Promise.resolve();
    expect(seen).toEqual([]);
    expect(early.listener).toBeNull();

    const later = makeEarly([]);
    const followed = adoptEarlyImport(later);
    followed.onmessage = (event) => seen.push(event.data);
    await Promise.resolve();
    const listener = later.listener!;
    followed.terminate();
    listener(progress(0.5));
    expect(seen).toEqual([]);
  });
});
