// pageUrlWithQuery: the page's own address with a new query, even when its path begins with "//".
import { describe, expect, it } from 'vitest';
import { pageUrlWithQuery } from '../../../src/app/pageUrl';

describe('pageUrlWithQuery', () => {
  it('replaces the query and keeps the path and hash', () => {
    expect(pageUrlWithQuery('https://example.org/app/?graph=a.gexf#top', 'graph=b.gexf&sel=n1')).toBe(
      'https://example.org/app/?graph=b.gexf&sel=n1#top',
    );
    expect(pageUrlWithQuery('https://example.org/app/?sel=n1', '')).toBe('https://example.org/app/');
  });

  it('stays on this host when the path begins with "//" (relative, "//?graph=…" would name a host)', () => {
    const url = new URL(pageUrlWithQuery('http://127.0.0.1:4173//?graph=x.gexf', 'graph=x.gexf&sel=7'));
    expect(url.host).toBe('127.0.0.1:4173');
    expect(url.pathname).toBe('//');
    expect(url.searchParams.get('sel')).toBe('7');
  });
});
