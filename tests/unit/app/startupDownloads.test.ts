// startupDownloads: what the early script starts downloading, for the default page and for ?graph= addresses.
import { describe, expect, it } from 'vitest';
import { fileNameOfUrl, startupDownloads } from '../../../src/app/startupDownloads';

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

describe('fileNameOfUrl', () => {
  it("names a downloaded file as the app does (openDataset's nameOfUrl): last path segment, else the host", async () => {
    const { nameOfUrl } = await import('../../../src/app/openDataset');
    const urls = [
      'https://example.org/data/rail%20network.gexf',
      'https://example.org/data/graph.json?version=2#top',
      'https://example.org/exports/',
      'https://example.org',
      'http://127.0.0.1:4173/bench-data/synthetic-1k.gexf',
    ].map((href) => new URL(href));
    for (const url of urls) expect(fileNameOfUrl(url)).toBe(nameOfUrl(url));
    expect(fileNameOfUrl(urls[0]!)).toBe('rail network.gexf');
    expect(fileNameOfUrl(urls[3]!)).toBe('example.org');
  });
});
