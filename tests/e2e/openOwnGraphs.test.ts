// e2e: a network analyst's own graphs (file input and ?graph=): skipped edges and creating the missing nodes, a web
// page refused in plain words, CSV columns (recognised, or mapped by hand), undirected Details, automatic colouring;
// a GEXF too large for the page's thread streamed through the worker; and the YRD statements' stage, speaker,
// inferred and reconstructed marks in Details.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openGraphFile, statusText, useSession } from './useSession';

const readFixture = (name: string) => readFileSync(path.resolve('tests/fixtures/import', name), 'utf8');

/** Three nodes and three edges, two of which point to nodes the file never defines ("gone", "lost"). */
const DANGLING_GEXF = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">',
  '<nodes><node id="a" label="Alpha"/><node id="b" label="Beta"/><node id="c" label="Gamma"/></nodes>',
  '<edges>',
  '<edge id="e1" source="a" target="b"/>',
  '<edge id="e2" source="b" target="gone"/>',
  '<edge id="e3" source="lost" target="c"/>',
  '</edges></graph></gexf>',
].join('\n');

/** An undirected graph with a categorical `group` and no colours of its own (as a hand-written Gephi file). */
const UNDIRECTED_GEXF = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">',
  '<attributes class="node"><attribute id="group" title="group" type="string"/></attributes>',
  '<nodes>',
  ...['Hefei', 'Wuhu', 'Bengbu', 'Nanjing', 'Suzhou', 'Wuxi'].map(
    (name, i) =>
      `<node id="${name.toLowerCase()}" label="${name}"><attvalues>` +
      `<attvalue for="group" value="${i < 3 ? 'Anhui' : 'Jiangsu'}"/></attvalues></node>`,
  ),
  '</nodes><edges>',
  '<edge id="r1" source="hefei" target="nanjing"/>',
  '<edge id="r2" source="wuhu" target="hefei"/>',
  '<edge id="r3" source="bengbu" target="hefei"/>',
  '<edge id="r4" source="suzhou" target="wuxi"/>',
  '<edge id="r5" source="nanjing" target="wuxi"/>',
  '</edges></graph></gexf>',
].join('\n');

/**
 * A GEXF larger than the page's own import limit (8 MB), so that it goes to the import worker, which streams its
 * edges: 20,000 nodes in a ring with a chord from each, every tenth edge doubled and every fiftieth reversed (parallel
 * edges, whose curves come after the last edge). `mixed` adds an undirected edge near the end: the worker then reads
 * the file again whole.
 */
function largeGexf(mixed: boolean): string {
  const n = 20_000;
  // A long description per node, as exported graphs often carry, takes the file over 8 MB.
  const about = 'A node of the ring, with a chord to the node seven times further on. '.repeat(4);
  const nodes = Array.from(
    { length: n },
    (_, i) =>
      `<node id="n${i}" label="Node ${i}"><attvalues><attvalue for="about" value="${about}${i}"/></attvalues>` +
      `<viz:position x="${i % 150}" y="${Math.floor(i / 150)}"/></node>`,
  );
  const edges: string[] = [];
  for (let i = 0; i < n; i++) {
    const ring = `source="n${i}" target="n${(i + 1) % n}"`;
    edges.push(
      `<edge id="r${i}" ${ring} weight="1.5"/>`,
      `<edge id="c${i}" source="n${i}" target="n${(i * 7) % n}"/>`,
    );
    if (i % 10 === 0) edges.push(`<edge id="d${i}" ${ring}/>`);
    if (i % 50 === 0) edges.push(`<edge id="b${i}" source="n${(i + 1) % n}" target="n${i}"/>`);
  }
  if (mixed) edges.splice(edges.length - 5, 0, '<edge id="u" source="n3" target="n5" type="undirected"/>');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '<graph defaultedgetype="directed">',
    '<attributes class="node"><attribute id="about" title="about" type="string"/></attributes><nodes>',
    ...nodes,
    '</nodes><edges>',
    ...edges,
    '</edges></graph></gexf>',
  ].join('\n');
}

/** A CSV edge list whose columns name no source or target the importer knows. */
const UNMAPPED_CSV = 'Since,Person A,Person B\n2020,Alice,Bob\n2021,Bob,Carol\n2022,Carol,Alice\n';

/** Serves `body` at /test-data/<name> of the app's own origin. */
async function serve(page: Page, name: string, body: string, contentType: string) {
  await page.route(
    (url) => url.pathname.endsWith(`/test-data/${name}`),
    (route) => route.fulfill({ status: 200, contentType, body }),
  );
}

const notices = (page: Page) => page.getByRole('region', { name: 'Import notices' });

describe("opening one's own graphs", () => {
  const session = useSession({ startAt: '' });

  it('a GEXF with edges to missing nodes: the warning names them, and "Create the missing nodes" keeps them', async () => {
    const { page } = session;
    await openGraphFile(page, 'dangling.gexf', DANGLING_GEXF);
    await expect.poll(() => statusText(page)).toMatch(/^3 of 3 nodes · 1 of 1 edges/);
    const warning = notices(page);
    const text = await warning.innerText();
    expect(text).toContain('Skipped 2 edges that refer to 2 nodes not in the file');
    expect(text).toContain('edge “e2” (line 6) → “gone”');
    expect(text).toContain('edge “e3” (line 7) → “lost”');
    await warning.getByRole('button', { name: 'Create the missing nodes' }).click();
    await expect.poll(() => statusText(page)).toMatch(/^5 of 5 nodes · 3 of 3 edges/);
    await expect.poll(() => notices(page).innerText()).toContain('Created 2 nodes missing from the file');
    expect(await page.getByRole('button', { name: 'Create the missing nodes' }).count()).toBe(0);
    // Nothing the file had is lost: its own nodes are all there, and can be selected.
    await page.getByRole('combobox', { name: /Search/ }).fill('Gamma');
    await page
      .getByRole('option', { name: /^Gamma/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Relations (1)' }).waitFor();
  });

  it('the same through ?graph=: the URL is opened again with the missing nodes created', async () => {
    const { page, baseURL } = session;
    await serve(page, 'dangling.gexf', DANGLING_GEXF, 'application/xml');
    await page.goto(`${baseURL}?graph=./test-data/dangling.gexf`);
    await expect.poll(() => statusText(page)).toMatch(/^3 of 3 nodes · 1 of 1 edges/);
    await notices(page).getByRole('button', { name: 'Create the missing nodes' }).click();
    await expect.poll(() => statusText(page)).toMatch(/^5 of 5 nodes · 3 of 3 edges/);
    expect(page.url()).toContain('graph=');
  });

  it('a web page chosen in the file input is refused in plain words, and the graph stays', async () => {
    const { page } = session;
    const before = await statusText(page);
    await openGraphFile(page, 'network.graphml', readFixture('spa-404.html'), 'text/html');
    const alert = page.getByRole('alert').filter({ hasText: 'network.graphml' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('network.graphml is a web page (HTML), not a graph file');
    expect(await alert.innerText()).not.toMatch(/entity|XML/);
    expect(await statusText(page)).toBe(before);
  });

  it('a CSV with From/To columns opens from the file input, its other columns as attributes', async () => {
    const { page } = session;
    await openGraphFile(page, 'connections.csv', readFixture('kumu-connections.csv'), 'text/csv');
    await expect.poll(() => statusText(page)).toMatch(/^5 of 5 nodes · 6 of 6 edges/);
    await page.getByRole('tab', { name: 'Table' }).click();
    const relations = page.getByRole('table', { name: /^Relations/ });
    await relations.waitFor();
    expect(await relations.innerText()).toContain('Shanghai');
  });

  it('a CSV with no recognisable columns asks which two columns are the ends, then opens (file input)', async () => {
    const { page } = session;
    await openGraphFile(page, 'friends.csv', UNMAPPED_CSV, 'text/csv');
    const alert = page.getByRole('alert').filter({ hasText: 'friends.csv' });
    await alert.waitFor();
    const mapping = alert.getByRole('form', { name: /Which columns of friends.csv/ });
    await mapping.getByRole('combobox', { name: 'Source column' }).selectOption('Person A');
    await mapping.getByRole('combobox', { name: 'Target column' }).selectOption('Person B');
    await mapping.getByRole('button', { name: 'Import with these columns' }).click();
    await expect.poll(() => statusText(page)).toMatch(/^3 of 3 nodes · 3 of 3 edges/);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('the same mapping step for a CSV named by ?graph=', async () => {
    const { page, baseURL } = session;
    await serve(page, 'friends.csv', UNMAPPED_CSV, 'text/csv');
    await page.goto(`${baseURL}?graph=./test-data/friends.csv`);
    const mapping = page.getByRole('form', { name: /Which columns of friends.csv/ });
    await mapping.waitFor();
    await mapping.getByRole('combobox', { name: 'Source column' }).selectOption('Person A');
    await mapping.getByRole('combobox', { name: 'Target column' }).selectOption('Person B');
    await mapping.getByRole('button', { name: 'Import with these columns' }).click();
    await expect.poll(() => statusText(page)).toMatch(/^3 of 3 nodes · 3 of 3 edges/);
    expect(page.url()).toContain('graph=');
  });

  it('an undirected GEXF (?graph=): coloured by its group, said in the legend; Details list relations without arrows', async () => {
    const { page, baseURL } = session;
    await serve(page, 'cities.gexf', UNDIRECTED_GEXF, 'application/xml');
    await page.goto(`${baseURL}?graph=./test-data/cities.gexf&node=hefei`);
    await expect.poll(() => statusText(page)).toContain('selected: Hefei');
    const legend = page.getByRole('region', { name: 'Legend' });
    expect(await legend.innerText()).toContain('Coloured by ‘group’ (chosen automatically)');
    expect(page.url()).not.toContain('colour=');
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('heading', { name: 'Relations (3)' }).waitFor();
    // Not a directed graph: no Source tab, no Compare tab, and no mention of "the report".
    expect(await page.getByRole('tab', { name: 'Source' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Compare' }).count()).toBe(0);
    expect(await details.innerText()).not.toContain('(incoming)');
    await details.getByRole('button', { name: /^\(relation\) Hefei .* Nanjing/ }).click();
    await expect
      .poll(() => details.getByRole('heading', { level: 2 }).innerText())
      .toMatch(/^Hefei — \S+ — Nanjing$|^Nanjing — \S+ — Hefei$/);
  });

  it('with nothing selected, a graph without a source text does not speak of "the report"', async () => {
    const { page } = session;
    await openGraphFile(page, 'gephi-yrd-rail.gexf', readFixture('gephi-yrd-rail.gexf'));
    await expect.poll(() => statusText(page)).toMatch(/^12 of 12 nodes/);
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.innerText()).toContain('Select a node or an edge');
    expect(await details.innerText()).not.toContain('report');
  });
});

describe('statements of the YRD report in Details', () => {
  const session = useSession({ startAt: '' });

  it('a GEXF over the page-thread limit streams in through the worker; one mixing directions is read again whole', async () => {
    const { page } = session;
    for (const mixed of [false, true]) {
      const text = largeGexf(mixed);
      expect(text.length).toBeGreaterThan(8_000_000);
      await openGraphFile(page, mixed ? 'mixed.gexf' : 'ring.gexf', text);
      await expect
        .poll(() => statusText(page), { timeout: 45_000 })
        .toMatch(
          mixed
            ? /^20000 of 20000 nodes · 42401 of 42401 edges/
            : /^20000 of 20000 nodes · 42400 of 42400 edges/,
        );
      expect(await notices(page).count()).toBe(0);
    }
  });

  it("a pledge shows its stage and who said it; the leader's Details show for which province", async () => {
    const { page, baseURL } = session;
    await page.goto(
      `${baseURL}?edge=${encodeURIComponent('pledged:province/anhui->document/symposium-2025-results')}`,
    );
    const details = page.getByRole('region', { name: 'Details' });
    await expect
      .poll(() => details.getByRole('heading', { level: 2 }).innerText())
      .toMatch(/^Anhui — pledged →/);
    const text = await details.innerText();
    expect(text).toMatch(/\bnew\b/);
    expect(text).toContain('said by Wang Qingxian');
    await details.getByRole('button', { name: 'Wang Qingxian' }).click();
    await expect.poll(() => details.getByRole('heading', { level: 2 }).innerText()).toBe('Wang Qingxian');
    const pledged = details.getByRole('region', { name: 'pledged' });
    expect(await pledged.innerText()).toContain('for Anhui');
    expect(await pledged.innerText()).toMatch(/\b(new|continuing)\b/);
  });

  it('a reconstructed Chinese name and an inferred identification are marked; cooperation is listed once', async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?node=document/xi-speech-yrd-integration`);
    const details = page.getByRole('region', { name: 'Details' });
    const reconstructed = details.getByText('reconstructed', { exact: true });
    await reconstructed.waitFor();
    expect(await reconstructed.getAttribute('title')).toMatch(/Chinese name .* reconstructed|reconstructed/i);
    expect(await details.getByText('inferred', { exact: true }).count()).toBeGreaterThan(0);
    await page.goto(`${baseURL}?node=province/anhui`);
    await expect.poll(() => details.getByRole('heading', { level: 2 }).innerText()).toBe('Anhui');
    const cooperation = details.getByRole('region', { name: 'cooperates with' });
    expect(await cooperation.count()).toBe(1);
    expect(await cooperation.innerText()).toMatch(/Jiangsu[\s\S]*Shanghai|Shanghai[\s\S]*Jiangsu/);
  });
});
