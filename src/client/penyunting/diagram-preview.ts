/**
 * The live swimlane: the same Mermaid text the build draws (src/diagram/swimlane.ts), drawn by Mermaid in this
 * page with the build's settings and tidied by the build's own tidying code. Mermaid is imported here only, so
 * it loads on /penyunting/ and nowhere else.
 */
import { accessibleTexts, DIAGRAM_FONT_FAMILY, DIAGRAM_ID, MERMAID_CONFIG, STAND_INS, withStandIns } from '../../diagram/mermaid-setup.ts';
import { tidySvgInPage } from '../../diagram/tidy-in-page.ts';
import type { Sop } from '../../schemas/sop.ts';
import { swimlaneText } from '../../diagram/swimlane.ts';

type Mermaid = typeof import('mermaid').default;
let loading: Promise<Mermaid> | undefined;

async function mermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(async ({ default: loaded }) => {
    await document.fonts.load(`16px "${DIAGRAM_FONT_FAMILY}"`, 'a');
    loaded.initialize({ ...MERMAID_CONFIG });
    return loaded;
  });
  return loading;
}

let queue: Promise<unknown> = Promise.resolve();

/** The diagram text of a checked SOP, or undefined when its steps are not recorded. */
export function diagramText(sop: Sop): string | undefined {
  return sop.pelaksana && sop.langkah ? swimlaneText({ nama: sop.nama, pelaksana: sop.pelaksana, langkah: sop.langkah }) : undefined;
}

/** Draws `text` into `target` (one drawing at a time: Mermaid keeps state per render). */
export function drawDiagram(target: HTMLElement, text: string): Promise<void> {
  const run = queue.then(async () => {
    const renderer = await mermaid();
    let stage = document.getElementById('stage');
    if (!stage) {
      stage = document.createElement('div');
      stage.id = 'stage';
      stage.className = 'stage-bagan';
      stage.setAttribute('aria-hidden', 'true');
      document.body.append(stage);
    }
    // The build's id, so the site's diagram stylesheet applies; the preview's old drawing goes first.
    target.querySelector(`#${DIAGRAM_ID}`)?.removeAttribute('id');
    try {
      const { svg } = await renderer.render(DIAGRAM_ID, withStandIns(text));
      const restore = STAND_INS.map(([, standIn, real]) => [standIn, real] as [string, string]);
      target.innerHTML = tidySvgInPage({ svg, restore, ...accessibleTexts(text) });
      target.dataset.status = 'siap';
    } catch (error) {
      document.getElementById(`d${DIAGRAM_ID}`)?.remove();
      target.dataset.status = 'galat';
      target.replaceChildren(`Bagan tidak dapat digambar: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
