import { readFileSync } from 'node:fs';
import { checkContent } from './src/content-check/check.ts';
import { diagramSource } from './src/diagram/diagrams.ts';
import { launchChromium } from './src/browser/chromium.ts';
import { MERMAID_CONFIG, withStandIns } from './src/diagram/render.ts';
const r = await checkContent('bench/.work/content', '.');
const texts = r.catalog.sops.slice(0, 25).map((s) => withStandIns(diagramSource(s)!.text));
const b = await launchChromium();
const p = await b.newPage();
await p.route('http://x.invalid/**', (route) => {
  const u = new URL(route.request().url());
  if (u.pathname === '/m.js')
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync('node_modules/mermaid/dist/mermaid.min.js') });
  return route.fulfill({ contentType: 'text/html', body: '<html><body><div id=stage></div></body></html>' });
});
await p.goto('http://x.invalid/');
await p.addScriptTag({ url: 'http://x.invalid/m.js' });
for (const [name, extra] of [
  ['warm', {}],
  ['current', {}],
  ['noOpt', { swimlane: { ignoreCrossLaneEdges: false, optimizeRanksByCrossings: false } }],
  ['hops', { swimlane: { ignoreCrossLaneEdges: false, lineHops: false } }],
  ['current2', {}],
] as const) {
  const t = await p.evaluate(
    async ({ texts, config }) => {
      const m = (window as any).mermaid;
      m.initialize(config);
      const t0 = performance.now();
      let i = 0;
      for (const text of texts) {
        await m.render('d' + i++, text);
      }
      return (performance.now() - t0) / texts.length;
    },
    { texts, config: { ...MERMAID_CONFIG, ...extra, swimlane: { ...MERMAID_CONFIG.swimlane, ...(extra as any).swimlane } } },
  );
  console.log(name, t.toFixed(0), 'ms/diagram');
}
await b.close();
