// The page's used JS heap after a forced garbage collection, through the Chrome DevTools Protocol.
import type { CDPSession } from 'playwright-core';

export async function heapAfterGcMB(cdp: CDPSession): Promise<number> {
  // Twice: the first pass can leave objects that only become garbage once finalizers ran.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}
