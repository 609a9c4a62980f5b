// startupDownloads: what the early script starts downloading, for the default page and for ?graph= addresses.
import { describe, expect, it } from 'vitest';
import { startupDownloads } from '../../../src/app/startupDownloads';

const PAGE = 'https://example.org/explorer/index.html';
const DEFAULTS = ['./assets/yrd.graph.json', './assets/report.txt'];

describe('startupDownloads', () => {
  it('downloads the default dataset without ?graph=', () => {
    expect(startupDownloads('?lang=zh', PAGE, DEFAULTS)).toEqual(DEFAULTS);
  });

  it('downloads only the ?graph= file, resolved against the page', () => {
    expect(startupDownloads('?graph=data/rail.gexf', PAGE, DEFAULTS)).toEqual([
      'https://example.org/explorer/data/rail.gexf',
    ]);
    expect(startupDownloads('?graph=http%3A%2F%2Fother.net%2Fg.json', PAGE, DEFAULTS)).toEqual([
      'http://other.net/g.json',
    ]);
  });

  it('downloads nothing for a ?graph= that is not an http(s) address (the app explains it)', () => {
    expect(startupDownloads('?graph=file%3A%2F%2F%2Fetc%2Fpasswd', PAGE, DEFAULTS)).toEqual([]);
    expect(startupDownloads('?graph=http%3A%2F%2F', PAGE, DEFAULTS)).toEqual([]);
  });
});
