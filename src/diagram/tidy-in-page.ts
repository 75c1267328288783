/**
 * Runs inside the render page, on the SVG Mermaid returned, while the browser can still measure it. Makes the SVG
 * smaller and easier to style: it must stay self-contained (Playwright sends its source to the page).
 *
 * - Mermaid's <style> goes: every diagram shares the site's stylesheet (src/styles/diagram.css).
 * - Terminators (stadium shapes) are drawn by Mermaid as hundreds of curve segments; they become one rounded rect
 *   of the same box.
 * - A label's words, one <tspan> each, become one <tspan> per line.
 * - Each step links to its row in the steps table (#langkah-N): navigation without any script.
 * - The title and description get their exact text (Mermaid escapes "&" twice and drops "<...>" there).
 * - Stand-in characters used for measuring (see STAND_INS in render.ts) are replaced by the real ones.
 * - Bookkeeping attributes (data-*, generated ids, empty styles, unsized background rects) are dropped.
 */
export function tidySvgInPage(input: {
  svg: string;
  restore: Array<[standIn: string, real: string]>;
  title?: string;
  desc?: string;
}): string {
  const stage = document.getElementById('stage') as HTMLElement;
  stage.innerHTML = input.svg;
  const svg = stage.querySelector('svg') as SVGSVGElement;
  const ns = 'http://www.w3.org/2000/svg';
  const { restore } = input;

  const title = svg.querySelector('title');
  if (title && input.title !== undefined) title.textContent = input.title;
  const desc = svg.querySelector('desc');
  if (desc && input.desc !== undefined) desc.textContent = input.desc;

  for (const style of svg.querySelectorAll('style')) style.remove();
  // Inline style attributes would need a looser Content-Security-Policy; the shared stylesheet covers them.
  for (const styled of svg.querySelectorAll('[style]')) styled.removeAttribute('style');

  for (const node of svg.querySelectorAll<SVGGElement>('g.node')) {
    const stadium = node.querySelector<SVGGElement>(':scope > g.outer-path');
    if (stadium) {
      const box = stadium.getBBox();
      const rect = document.createElementNS(ns, 'rect');
      const stroke = 1;
      rect.setAttribute('x', String(box.x + stroke / 2));
      rect.setAttribute('y', String(box.y + stroke / 2));
      rect.setAttribute('width', String(box.width - stroke));
      rect.setAttribute('height', String(box.height - stroke));
      // A capsule while the label is short; a tall label keeps straight sides so its corners stay inside.
      rect.setAttribute('rx', String(Math.min((box.height - stroke) / 2, 30)));
      rect.setAttribute('class', 'label-container terminator');
      stadium.replaceWith(rect);
    }
    const step = /flowchart-s(\d+)-/.exec(node.id)?.[1];
    if (step) {
      node.removeAttribute('id');
      node.setAttribute('data-langkah', step);
      const link = document.createElementNS(ns, 'a');
      link.setAttribute('href', `#langkah-${step}`);
      node.replaceWith(link);
      link.append(node);
    }
  }

  for (const line of svg.querySelectorAll('tspan.text-outer-tspan')) {
    const words = [...line.querySelectorAll('tspan')].map((word) => word.textContent ?? '').join('');
    line.textContent = words;
    line.removeAttribute('class');
  }

  const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    text.nodeValue = restore.reduce((value, [standIn, real]) => value.replaceAll(standIn, real), text.nodeValue ?? '');
  }

  for (const rect of svg.querySelectorAll('rect')) {
    const unsized = !rect.hasAttribute('width') && !rect.hasAttribute('height');
    if (unsized || (rect.closest('.edgeLabel') && Number(rect.getAttribute('width')) < 1)) rect.remove();
  }
  for (const element of svg.querySelectorAll('*')) {
    for (const name of [...element.getAttributeNames()]) {
      if (name.startsWith('data-') && name !== 'data-langkah') element.removeAttribute(name);
      else if (name === 'style' && (element.getAttribute('style') ?? '').trim() === '') element.removeAttribute(name);
    }
    if (element.closest('.cluster') && (element.classList.contains('swimlane-body') || element.classList.contains('swimlane-title'))) {
      element.removeAttribute('fill');
      element.removeAttribute('stroke');
    }
    if (element.id && element.tagName !== 'marker' && element.tagName !== 'title' && element.tagName !== 'desc')
      element.removeAttribute('id');
  }

  const [, , width, height] = (svg.getAttribute('viewBox') ?? '0 0 0 0').split(/\s+/).map(Number);
  svg.removeAttribute('style');
  svg.setAttribute('width', String(Math.ceil(width ?? 0)));
  svg.setAttribute('height', String(Math.ceil(height ?? 0)));
  const result = svg.outerHTML;
  stage.innerHTML = '';
  return result;
}
