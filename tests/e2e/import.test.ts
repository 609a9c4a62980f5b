// e2e: opening graphs (file input, ?graph=, drop) as Gephi, yEd and CSV users would, what is tolerated and refused, exports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureGraphPixels } from './browser';
import { openGraphFile, statusText, useSession } from './useSession';

const readFixture = (name: string) => readFileSync(path.resolve('tests/fixtures/import', name), 'utf8');
/** The status line of the built-in graph with nothing filtered, from the compiled graph itself. */
const YRD_NODES = (JSON.parse(readFileSync('graph-data/yrd-2025.graph.json', 'utf8')) as { nodes: unknown[] })
  .nodes.length;
const YRD_STATUS = new RegExp(`^${YRD_NODES} of ${YRD_NODES} nodes`);

/** A small GEXF with positions, colours and a categorical attribute (written here, so the test shows what it opens). */
function makeGexf(nodes: number, extraEdgesPerNode = 0): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '<graph defaultedgetype="directed">',
    '<attributes class="node"><attribute id="0" title="party" type="string"/></attributes>',
    '<nodes>',
  ];
  for (let i = 0; i < nodes; i++) {
    lines.push(
      `<node id="n${i}" label="Node ${i}"><attvalues><attvalue for="0" value="${i % 3 === 0 ? 'red' : 'blue'}"/></attvalues>` +
        `<viz:position x="${Math.cos(i) * 100}" y="${Math.sin(i) * 100}"/><viz:size value="5"/>` +
        `<viz:color r="${i % 3 === 0 ? 213 : 0}" g="94" b="${i % 3 === 0 ? 0 : 178}"/></node>`,
    );
  }
  lines.push('</nodes><edges>');
  for (let i = 1; i < nodes; i++) lines.push(`<edge id="e${i}" source="n${i - 1}" target="n${i}"/>`);
  for (let k = 1; k <= extraEdgesPerNode; k++) {
    for (let i = 0; i < nodes; i++) {
      lines.push(`<edge id="x${k}-${i}" source="n${i}" target="n${(i * 7 + k * 13) % nodes}"/>`);
    }
  }
  lines.push('</edges></graph></gexf>');
  return lines.join('\n');
}

describe('opening and exporting graphs', () => {
  const session = useSession({ startAt: '' });

  it('opens a GEXF through the file input and shows its node count, facets and a way back', async () => {
    const { page } = session;
    await openGraphFile(page, 'parties.gexf', makeGexf(30));
    await expect.poll(() => statusText(page)).toMatch(/^30 of 30 nodes · 29 of 29 edges/);
    expect(await page.getByText('parties.gexf').first().isVisible()).toBe(true);
    // A categorical attribute becomes a facet filter, the same mechanism as the YRD province filter.
    const party = page.getByRole('group', { name: 'party' });
    await party.getByRole('checkbox', { name: /^red/ }).check();
    await expect.poll(() => statusText(page)).toMatch(/^10 of 30 nodes/);
    expect(page.url()).toContain('f.party=red');
    const pixels = await measureGraphPixels(page);
    expect(pixels.saturated).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Back to the YRD graph' }).click();
    await expect.poll(() => statusText(page)).toMatch(YRD_STATUS);
  });

  it('opens a graph too big for one message: it arrives in parts, and the large-graph drawing still shows it', async () => {
    const { page } = session;
    // 6,000 nodes and 23,999 edges: more than one 5,000-item part of each, and above the 20,000 edges where
    // edges that are not highlighted are drawn as plain lines.
    await openGraphFile(page, 'big.gexf', makeGexf(6_000, 3));
    await expect
      .poll(() => statusText(page), { timeout: 30_000 })
      .toMatch(/^6000 of 6000 nodes · 23999 of 23999 edges/);
    const pixels = await measureGraphPixels(page);
    expect(pixels.saturated).toBeGreaterThan(100);
    await page.getByRole('combobox', { name: /Search/ }).fill('Node 4242');
    await page
      .getByRole('option', { name: /^Node 4242/ })
      .first()
      .click();
    await expect.poll(() => statusText(page)).toContain('selected: Node 4242');
  });

  it('a broken file shows an alert saying what and where, and leaves the graph, selection and filters as they were', async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?node=leader/wang-qingxian&provinces=anhui`);
    await expect.poll(() => statusText(page)).toContain('selected: Wang Qingxian');
    // Let the camera frame the graph and settle; the start frame is the default view and stays out of the URL.
    await page.waitForTimeout(1000);
    expect(page.url()).not.toContain('camera=');
    const before = await statusText(page);
    const url = page.url();
    await openGraphFile(
      page,
      'broken.gexf',
      '<?xml version="1.0"?>\n<gexf><graph>\n<nodes><node id="a"></nodes>',
    );
    const alert = page.getByRole('alert').filter({ hasText: 'broken.gexf' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/line \d+/);
    expect(await statusText(page)).toBe(before);
    expect(page.url()).toBe(url);
    await openGraphFile(page, 'empty.json', '');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'empty' }).count()).toBe(1);
    expect(await statusText(page)).toBe(before);
  });

  it('opens a Gephi GEXF (undirected) from the file input: Details lists every relation of a node', async () => {
    const { page } = session;
    await openGraphFile(page, 'gephi-yrd-rail.gexf', readFixture('gephi-yrd-rail.gexf'));
    await expect.poll(() => statusText(page)).toMatch(/^12 of 12 nodes · 15 of 15 edges/);
    await page.getByRole('combobox', { name: /Search/ }).fill('Nanjing');
    await page
      .getByRole('option', { name: /^Nanjing/ })
      .first()
      .click();
    await expect.poll(() => statusText(page)).toContain('selected: Nanjing');
    // The issue: an undirected graph said "Relations (0)".
    await page.getByRole('heading', { name: 'Relations (5)' }).waitFor();
    expect(await page.getByRole('button', { name: /^\(relation\) Nanjing .* Hefei/ }).count()).toBe(1);
  });

  it('opens a yEd GraphML and a GEXF with edges to missing nodes, saying what was skipped', async () => {
    const { page } = session;
    await openGraphFile(page, 'yed-cooperation.graphml', readFixture('yed-cooperation.graphml'));
    await expect.poll(() => statusText(page)).toMatch(/^7 of 7 nodes · 6 of 6 edges/);
    const dangling =
      '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">\n' +
      '<nodes><node id="a" label="A"/><node id="b" label="B"/><node id="c" label="C"/></nodes>\n<edges>\n' +
      '<edge id="e1" source="a" target="b"/>\n<edge id="e2" source="b" target="gone"/>\n' +
      '<edge id="e3" source="lost" target="c"/>\n</edges></graph></gexf>';
    await openGraphFile(page, 'dangling.gexf', dangling);
    await expect.poll(() => statusText(page)).toMatch(/^3 of 3 nodes · 1 of 1 edges/);
    // The notice (and "Create the missing nodes") is tested in openOwnGraphs.test.ts.
    const note = page.getByRole('region', { name: 'Import notices' });
    expect(await note.innerText()).toContain('Skipped 2 edges that refer to 2 nodes not in the file');
  });

  it('a ?graph= URL that returns a web page, or a chosen image, is refused in plain words', async () => {
    const { page, baseURL } = session;
    await page.route(
      (url) => url.pathname.endsWith('/test-data/graph.gexf'),
      (route) => route.fulfill({ status: 200, contentType: 'text/html', body: readFixture('spa-404.html') }),
    );
    await page.goto(`${baseURL}?graph=./test-data/graph.gexf`);
    const alert = page.getByRole('alert').filter({ hasText: 'graph.gexf' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('The URL returned a web page (HTML), not a graph file');
    expect(await alert.innerText()).not.toContain('entity');
    await expect.poll(() => statusText(page)).toMatch(YRD_STATUS);
    // The same from the file input: an image chosen by mistake is named as one.
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    await page
      .getByLabel('Open graph file')
      .setInputFiles({ name: 'map.gexf', mimeType: 'image/png', buffer: png });
    const imageAlert = page.getByRole('alert').filter({ hasText: 'map.gexf' });
    await imageAlert.waitFor();
    expect(await imageAlert.innerText()).toContain('map.gexf is an image (PNG), not a graph file');
    expect(await statusText(page)).toMatch(YRD_STATUS);
  });

  it('opens a CSV edge list with from/to columns named by ?graph=', async () => {
    const { page, baseURL } = session;
    await page.route(
      (url) => url.pathname.endsWith('/test-data/connections.csv'),
      (route) =>
        route.fulfill({ status: 200, contentType: 'text/csv', body: readFixture('kumu-connections.csv') }),
    );
    await page.goto(`${baseURL}?graph=./test-data/connections.csv`);
    await expect.poll(() => statusText(page)).toMatch(/^5 of 5 nodes · 6 of 6 edges/);
  });

  it('opens a graph named by ?graph= and keeps it in the URL', async () => {
    const { page, baseURL } = session;
    const json = readFileSync(path.resolve('tests/fixtures/import/graph.json'), 'utf8');
    let downloads = 0;
    await page.route(
      (url) => url.pathname.endsWith('/test-data/graph.json'),
      (route) => {
        downloads++;
        return route.fulfill({ status: 200, contentType: 'application/json', body: json });
      },
    );
    await page.goto(`${baseURL}?graph=./test-data/graph.json`);
    const count = (JSON.parse(json) as { nodes: unknown[] }).nodes.length;
    await expect.poll(() => statusText(page)).toMatch(new RegExp(`^${count} of ${count} nodes`));
    expect(page.url()).toContain('graph=');
    // The page's inline early script (allowed by the CSP's hash) began the download, which the app then used, and
    // had the importers' code fetched beside the app's own.
    expect(downloads).toBe(1);
    const preloaded = await page.evaluate(
      () => document.querySelectorAll('link[rel="modulepreload"][href*="importWorkerHandler"]').length,
    );
    expect(preloaded).toBe(1);
  });

  it('Export PNG downloads a PNG of the view, and the data exports download the filtered graph', async () => {
    const { page } = session;
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await page
      .getByRole('group', { name: 'Province' })
      .getByRole('checkbox', { name: /Zhejiang/ })
      .check();
    const shown = Number(/^(\d+) of/.exec(await statusText(page))![1]);
    await page.getByText('Export', { exact: true }).click();
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^graphology JSON/ }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { nodes: unknown[] };
    expect(exported.nodes).toHaveLength(shown);
  });
});
