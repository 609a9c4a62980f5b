// Unit tests of the connect-src sources: the page's origin, plus only an http(s) graph URL's origin.
import { describe, expect, it } from 'vitest';
import { allowedConnectSources } from '../../../src/app/restrictConnections';

const PAGE = 'https://example.org/explorer/?graph=x';

describe('allowedConnectSources', () => {
  it('allows only the page itself without a graph URL, or with a same-origin one', () => {
    expect(allowedConnectSources(PAGE, null)).toEqual(["'self'"]);
    expect(allowedConnectSources(PAGE, './data/g.gexf')).toEqual(["'self'"]);
  });

  it("adds a foreign graph URL's origin, and nothing for other schemes or garbage", () => {
    expect(allowedConnectSources(PAGE, 'https://data.example.com/a/b.json?x=1')).toEqual([
      "'self'",
      'https://data.example.com',
    ]);
    expect(allowedConnectSources(PAGE, 'javascript:alert(1)')).toEqual(["'self'"]);
    expect(allowedConnectSources(PAGE, 'data:text/plain,hi')).toEqual(["'self'"]);
    expect(allowedConnectSources(PAGE, 'http://[')).toEqual(["'self'"]);
  });
});
