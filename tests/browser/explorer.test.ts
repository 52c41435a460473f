// The explorer page, built and served by the real server on a fresh database holding data/samples,
// driven in Debian's headless chromium.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.js';
import { ROOT, buildClient, startRealServer, type RealServer } from './support/real-server.js';

const ARTIFACTS = path.join(ROOT, 'tests/artifacts');
const GEXF_XSD = path.resolve(ROOT, '../shared/gexf/1.3-vizns/gexf.xsd');

interface Serialized {
  nodes: { key: string; attributes: { kind: string; label: string } }[];
  edges: unknown[];
}

let server: RealServer;
let browser: Browser;
let page: Page;
let dialogs: string[] = [];

async function api<T>(pathAndQuery: string): Promise<T> {
  const res = await fetch(`${server.url}${pathAndQuery}`);
  expect(res.ok, `${pathAndQuery} answered ${res.status}`).toBe(true);
  return (await res.json()) as T;
}

async function loads(): Promise<number> {
  return page.evaluate(() => window.__reportgraph?.loads() ?? 0);
}

/** Runs an action and waits for the page to finish the view load it starts. */
async function afterLoad(action: () => Promise<unknown>): Promise<void> {
  const before = await loads();
  await action();
  await page.waitForFunction((n) => (window.__reportgraph?.loads() ?? 0) > n, before, { timeout: 30_000 });
}

async function open(query = ''): Promise<void> {
  await page.goto(`${server.url}/${query}`);
  await page.waitForFunction(() => (window.__reportgraph?.loads() ?? 0) > 0, null, { timeout: 30_000 });
}

async function visibleNodes(): Promise<string[]> {
  return (await page.evaluate(() => window.__reportgraph!.visibleNodes())).sort();
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Counts the pixels of the graph area that differ from its background, from a real screenshot. */
async function drawnPixels(): Promise<number> {
  const png = (await page.locator('#graph').screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const pixels = ctx.getImageData(0, 0, img.width, img.height).data;
    const [r0, g0, b0] = [pixels[0], pixels[1], pixels[2]];
    let differing = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (Math.abs(pixels[i] - r0) + Math.abs(pixels[i + 1] - g0) + Math.abs(pixels[i + 2] - b0) > 30) differing++;
    }
    return differing;
  }, png);
}

/** Zooms onto a node so that it is not covered by others, then clicks where it is drawn. */
async function clickNode(key: string): Promise<void> {
  // The first load runs ForceAtlas2 for a moment; on a loaded machine its steps can be slower than the settle
  // check below, so a node could still move between "settled" and the click. Wait for it to stop by itself.
  await page.waitForFunction(() => !window.__reportgraph!.layoutRunning(), null, { timeout: 20_000 });
  await page.evaluate((k) => window.__reportgraph!.explorer.flyTo(k), key);
  // Wait for the camera animation to settle (it can run long on a loaded machine).
  let pos = await page.evaluate((k) => window.__reportgraph!.nodeScreenPosition(k), key);
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(200);
    const next = await page.evaluate((k) => window.__reportgraph!.nodeScreenPosition(k), key);
    const settled = pos && next && Math.abs(pos.x - next.x) < 0.5 && Math.abs(pos.y - next.y) < 0.5;
    pos = next;
    if (settled) break;
  }
  expect(pos).not.toBeNull();
  await page.mouse.move(pos!.x, pos!.y);
  await page.waitForTimeout(100);
  await page.mouse.click(pos!.x, pos!.y);
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  buildClient();
  server = await startRealServer();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

beforeEach(async () => {
  page?.isClosed() === false && (await page.close());
  page = await browser.newPage({ viewport: { width: 1400, height: 880 }, acceptDownloads: true });
  dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

describe('explorer page', () => {
  it('draws the graph: the canvas is not blank and the legend names every kind', async () => {
    await open();
    const graph = await api<Serialized>('/api/graph');
    expect(graph.nodes.length).toBeGreaterThan(10);
    expect(await visibleNodes()).toEqual(graph.nodes.map((n) => n.key).sort());
    await page.waitForTimeout(500);
    expect(await drawnPixels()).toBeGreaterThan(2000);
    const legend = await page.locator('#legend').innerText();
    for (const word of ['Outlet', 'Source', 'Claim', 'Actor']) expect(legend).toContain(word);
    await shot('explorer-overview');
  });

  it('the first load (in columns) holds every node attribute and edge of the view /api/graph sends', async () => {
    await open();
    const served = await api<{ nodes: { key: string; attributes: Record<string, unknown> }[]; edges: { source: string; target: string; attributes: { kind: string; weight: number } }[] }>('/api/graph');
    const held = (await page.evaluate(() => window.__reportgraph!.explorer.graph.export())) as unknown as typeof served;
    // positions move with the first ForceAtlas2 run and sizes follow the degree: everything else is the server's
    const withoutLayout = (nodes: typeof served.nodes) =>
      nodes.map(({ key, attributes: { x: _x, y: _y, size: _size, ...rest } }) => ({ key, attributes: rest })).sort((a, b) => a.key.localeCompare(b.key));
    expect(withoutLayout(held.nodes)).toEqual(withoutLayout(served.nodes));
    expect(served.nodes.some((n) => typeof n.attributes.text === 'string' && typeof n.attributes.firstReported === 'string')).toBe(true);
    const edges = (list: typeof served.edges) => list.map((e) => `${e.attributes.kind}:${e.source}->${e.target} ${e.attributes.weight}`).sort();
    expect(edges(held.edges)).toEqual(edges(served.edges));
  });

  it('filters by outlet exactly as the API does', async () => {
    await open();
    const { outlets } = await api<{ outlets: { key: string; label: string; claimCount: number }[] }>('/api/outlets');
    const outlet = outlets[0];
    expect(outlet.claimCount).toBeGreaterThan(0);
    const all = await visibleNodes();
    await afterLoad(() => page.locator(`[data-only="${outlet.key}"]`).click({ force: true }));
    const expected = await api<Serialized>(`/api/graph?outlet=${encodeURIComponent(outlet.key)}`);
    const shown = await visibleNodes();
    expect(shown).toEqual(expected.nodes.map((n) => n.key).sort());
    expect(shown.length).toBeLessThan(all.length);
    expect(shown).toContain(outlet.key);
    expect(await page.locator(`input[data-outlet="${outlet.key}"]`).isChecked()).toBe(true);
    expect(await page.locator('input[data-outlet]:checked').count()).toBe(1);
    expect(page.url()).toContain(`outlet=${encodeURIComponent(outlet.key)}`);
    await shot('explorer-outlet-filter');
  });

  it('clicking a claim shows its evidence sentence with the claim marked', async () => {
    await open();
    const graph = await api<Serialized>('/api/graph');
    const claims = graph.nodes.filter((n) => n.attributes.kind === 'claim');
    // A claim reported by an outlet, so the trace has something to show.
    const claim = claims[Math.floor(claims.length / 2)];
    const details = await api<{ evidence: { sentence: string; claimStart: number; claimEnd: number }[] }>(`/api/nodes/${encodeURIComponent(claim.key)}`);
    expect(details.evidence.length).toBeGreaterThan(0);
    await clickNode(claim.key);
    await page.waitForFunction((k) => document.getElementById('details')?.dataset.node === k, claim.key, { timeout: 15_000 });
    expect(await page.evaluate(() => window.__reportgraph!.selected())).toBe(claim.key);
    const first = details.evidence[0];
    const sentence = page.locator('#details .sentence').first();
    expect(await sentence.textContent()).toBe(first.sentence);
    expect(await sentence.locator('mark').textContent()).toBe(first.sentence.slice(first.claimStart, first.claimEnd));
    await shot('explorer-claim-details');
  });

  it('search suggests nodes; choosing one flies to it and selects it', async () => {
    await open();
    // the first load's ForceAtlas2 run moves nodes for a moment: let it stop by itself, as clickNode does
    await page.waitForFunction(() => !window.__reportgraph!.layoutRunning(), null, { timeout: 20_000 });
    const { actors } = await api<{ actors: { key: string; label: string }[] }>('/api/actors');
    const actor = actors[0];
    await page.locator('#search-input').fill(actor.label);
    await page.locator(`#search-suggestions [data-key="${actor.key}"]`).waitFor({ timeout: 10_000 });
    const ratioBefore = await page.evaluate(() => window.__reportgraph!.explorer.sigma!.getCamera().ratio);
    await page.locator(`#search-suggestions [data-key="${actor.key}"]`).click();
    await page.waitForFunction((k) => document.getElementById('details')?.dataset.node === k, actor.key, { timeout: 15_000 });
    await page.waitForTimeout(900);
    expect(await page.evaluate(() => window.__reportgraph!.selected())).toBe(actor.key);
    const camera = await page.evaluate(() => window.__reportgraph!.explorer.sigma!.getCamera().getState());
    expect(camera.ratio).toBeLessThan(ratioBefore);
    // The camera is centred on the node.
    const pos = await page.evaluate((k) => window.__reportgraph!.nodeScreenPosition(k), actor.key);
    const box = (await page.locator('#graph').boundingBox())!;
    expect(Math.abs(pos!.x - (box.x + box.width / 2))).toBeLessThan(40);
    expect(Math.abs(pos!.y - (box.y + box.height / 2))).toBeLessThan(40);
    await shot('explorer-search');
  });

  it('the GEXF download of a filtered view validates against the GEXF 1.3 schema and holds that view', async () => {
    const { outlets } = await api<{ outlets: { key: string }[] }>('/api/outlets');
    await open(`?outlet=${encodeURIComponent(outlets[0].key)}`);
    await page.locator('#export-open').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-gexf').click()]);
    const file = path.join(server.dir, 'view.gexf');
    await download.saveAs(file);
    execFileSync('xmllint', ['--nonet', '--noout', '--schema', GEXF_XSD, file], { stdio: 'pipe' });
    const view = await api<Serialized>(`/api/graph?outlet=${encodeURIComponent(outlets[0].key)}`);
    const xml = fs.readFileSync(file, 'utf8');
    expect((xml.match(/<node /g) ?? []).length).toBe(view.nodes.length);
    expect((xml.match(/<edge /g) ?? []).length).toBe(view.edges.length);
  });

  it('exports the drawn view as a PNG image and the attributions as CSV', async () => {
    await open();
    await page.locator('#export-open').click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    const pngFile = path.join(server.dir, 'view.png');
    await png.saveAs(pngFile);
    const bytes = fs.readFileSync(pngFile);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
    await page.locator('#export-open').click();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
    const csvFile = path.join(server.dir, 'view.csv');
    await csv.saveAs(csvFile);
    expect(fs.readFileSync(csvFile, 'utf8').split('\n').length).toBeGreaterThan(5);
  });

  it('keeps filters, selection and camera in the URL across a reload', async () => {
    const { outlets } = await api<{ outlets: { key: string }[] }>('/api/outlets');
    await open();
    await afterLoad(() => page.locator(`[data-only="${outlets[0].key}"]`).click({ force: true }));
    const shown = await visibleNodes();
    const claim = shown.find((k) => k.startsWith('claim:'))!;
    await page.evaluate((k) => window.__reportgraph!.explorer.select(k), claim);
    await page.evaluate(() => window.__reportgraph!.explorer.sigma!.getCamera().setState({ x: 0.4, y: 0.6, ratio: 0.5 }));
    await page.waitForFunction(() => location.search.includes('cam=0.4,0.6,0.5') && location.search.includes('node='), null, { timeout: 5000 });
    const url = page.url();
    await page.reload();
    await page.waitForFunction(() => (window.__reportgraph?.loads() ?? 0) > 0, null, { timeout: 30_000 });
    expect(await visibleNodes()).toEqual(shown);
    expect(await page.evaluate(() => window.__reportgraph!.selected())).toBe(claim);
    const camera = await page.evaluate(() => window.__reportgraph!.explorer.sigma!.getCamera().getState());
    expect(camera.x).toBeCloseTo(0.4, 3);
    expect(camera.y).toBeCloseTo(0.6, 3);
    expect(camera.ratio).toBeCloseTo(0.5, 3);
    await page.waitForFunction((k) => document.getElementById('details')?.dataset.node === k, claim, { timeout: 15_000 });
    expect(page.url()).toBe(url);
  });

  it('pasting an article adds its nodes to the graph and highlights them', async () => {
    await open();
    const before = new Set(await visibleNodes());
    await page.locator('#add-open').click();
    await page.locator('#add-form [name="title"]').fill('Ferry service resumes on the northern route');
    await page.locator('#add-form [name="publisher"]').fill('Harbour Gazette');
    await page.locator('#add-form [name="published"]').fill('2025-05-06');
    await page.locator('#add-form [name="text"]').fill(
      'Reuters reported on Monday that the regional ferry operator will restart the northern route next week, citing port officials. ' +
        'The mayor of Tromsø said that the timetable would be published on Friday.',
    );
    await afterLoad(() => page.locator('#add-submit').click());
    const after = await visibleNodes();
    const added = after.filter((k) => !before.has(k));
    expect(added.some((k) => k.startsWith('claim:'))).toBe(true);
    const recent = await page.evaluate(() => [...window.__reportgraph!.explorer.highlight.recent]);
    expect(recent.length).toBeGreaterThan(0);
    for (const key of recent) expect(after).toContain(key);
    expect(await page.locator('#toast').textContent()).toContain('added');
    await shot('explorer-article-added');
  });

  it('an article carrying HTML and script runs nothing and shows the text literally', async () => {
    await open();
    const before = new Set(await visibleNodes());
    const payload = '<img src=x onerror=alert(1)>';
    await page.locator('#add-open').click();
    await page.locator('#add-form [name="title"]').fill(`Pier closed ${payload}<script>alert(2)</script>`);
    await page.locator('#add-form [name="publisher"]').fill(`<b onmouseover=alert(3)>Wire</b>`);
    await page.locator('#add-form [name="text"]').fill(
      `Reuters reported on Tuesday that the harbour authority closed the northern pier ${payload} after a crane fell, citing officials familiar with the plan. ` +
        'The navy said that <script>window.__pwned = 1; alert(4)</script> no sailors were hurt.',
    );
    await afterLoad(() => page.locator('#add-submit').click());
    const claim = (await visibleNodes()).find((k) => k.startsWith('claim:') && !before.has(k));
    expect(claim).toBeTruthy();
    const claims = await page.evaluate(() => window.__reportgraph!.visibleNodes().filter((k) => k.startsWith('claim:')));
    const withPayload = await page.evaluate(
      ({ keys, p }) => keys.find((k) => (window.__reportgraph!.explorer.graph.getNodeAttribute(k, 'text') ?? '').includes(p)),
      { keys: claims, p: payload },
    );
    expect(withPayload).toBeTruthy();
    await page.evaluate((k) => window.__reportgraph!.explorer.select(k), withPayload!);
    await page.waitForFunction((k) => document.getElementById('details')?.dataset.node === k, withPayload!, { timeout: 15_000 });
    await page.locator('#details .sentence').first().waitFor();
    expect(await page.locator('#details .claim-text').textContent()).toContain(payload);
    expect(await page.locator('#details .evidence-title').first().textContent()).toContain('<script>alert(2)</script>');
    // List view renders the same strings as text too.
    await page.locator('#view-toggle').click();
    expect(await page.locator('#list-body').textContent()).toContain(payload);
    await page.waitForTimeout(500);
    expect(await page.locator('#details img, #list-body img, #details script, #list-body script, #details b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await shot('explorer-xss');
  });

  it('says so when the server is unreachable, and when a filter leaves nothing', async () => {
    await open('?from=1990-01-01&to=1990-01-02');
    await page.locator('#status[data-state="empty"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('#status').textContent()).toContain('Nothing in this view');
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.reload();
    await page.locator('#status[data-state="error"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('#status').textContent()).toContain('unreachable');
    await shot('explorer-unreachable');
  });

  it('a view past the size limit is not drawn; the outlet → actor summary is offered instead', async () => {
    // ?max=20 lowers the limit for the session so the sample corpus counts as "too large".
    await open('?max=20');
    await page.locator('#status[data-state="large"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('#status').textContent()).toContain('too large');
    await shot('explorer-too-large');
    await afterLoad(() => page.locator('#status button', { hasText: 'summary' }).click());
    const graph = await api<{ nodes: { key: string; attributes: { kind: string } }[]; edges: { source: string; target: string; attributes: { kind: string } }[] }>('/api/graph');
    const outletsOf = new Map<string, string[]>();
    const actorsOf = new Map<string, string[]>();
    for (const e of graph.edges) {
      if (e.attributes.kind === 'reported') outletsOf.set(e.target, [...(outletsOf.get(e.target) ?? []), e.source]);
      if (e.attributes.kind === 'involves') actorsOf.set(e.source, [...(actorsOf.get(e.source) ?? []), e.target]);
    }
    const pairs = new Set<string>();
    for (const [claim, outlets] of outletsOf) for (const o of outlets) for (const a of actorsOf.get(claim) ?? []) pairs.add(`${o} ${a}`);
    const summary = await page.evaluate(() => {
      const g = window.__reportgraph!.explorer.currentGraph;
      return { nodes: g.nodes(), edges: g.mapEdges((_e, _a, s, t) => `${s} ${t}`) };
    });
    expect(new Set(summary.edges)).toEqual(pairs);
    expect(summary.nodes.every((k) => k.startsWith('outlet:') || k.startsWith('actor:'))).toBe(true);
    expect(page.url()).toContain('view=summary');
    await page.waitForTimeout(300);
    expect(await drawnPixels()).toBeGreaterThan(500);
    await shot('explorer-summary');
    // a link to the summary opens it on the first load, which takes the view in columns
    await page.reload();
    await page.waitForFunction(() => (window.__reportgraph?.loads() ?? 0) > 0, null, { timeout: 30_000 });
    const reopened = await page.evaluate(() => window.__reportgraph!.explorer.currentGraph.mapEdges((_e, _a, s, t) => `${s} ${t}`));
    expect(new Set(reopened)).toEqual(pairs);
  });

  it('the list view is usable with the keyboard and selects nodes', async () => {
    await open('?view=list');
    await page.locator('#list-body tr').first().waitFor();
    const button = page.locator('#list-body .claim-cell button').first();
    const key = await button.getAttribute('data-key');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((k) => document.getElementById('details')?.dataset.node === k, key, { timeout: 15_000 });
    expect(await page.evaluate(() => window.__reportgraph!.selected())).toBe(key);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await shot('explorer-list-view');
  });
});
