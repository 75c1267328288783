/**
 * What the build's renderer and the browser editor hand to Mermaid: its settings, the font, and the stand-ins for
 * entity codes. Browser-safe, so the editor's live diagram is drawn from the same text with the same settings.
 */

export const DIAGRAM_FONT_FAMILY = 'Inter Variable';

/** The id every diagram's SVG gets; one diagram per page, and the shared stylesheet targets it. */
export const DIAGRAM_ID = 'bagan-alir';

/**
 * Mermaid settings. SVG text labels (htmlLabels off) do not re-wrap in the reader's browser, so they cannot
 * overflow their boxes; ignoreCrossLaneEdges off puts nearly every step on its own row, top to bottom, as in
 * the official SOP table.
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  theme: 'base',
  securityLevel: 'strict',
  fontFamily: `"${DIAGRAM_FONT_FAMILY}", sans-serif`,
  htmlLabels: false,
  flowchart: { htmlLabels: false, wrappingWidth: 150, nodeSpacing: 28, rankSpacing: 48, padding: 10 },
  swimlane: { ignoreCrossLaneEdges: false },
} as const;

/**
 * Stand-ins for the characters `escapeLabel` writes as entity codes. Mermaid mishandles codes in swimlane labels
 * (named ones are never resolved, numeric ones break when a long word wraps: mermaid-js/mermaid#7015), so the
 * renderer gives it look-alike letters instead, measured at nearly the same width, and puts the real characters
 * back in the SVG. A word joiner after "#" keeps "#12;" from reading as a code and takes no width.
 */
export const STAND_INS: ReadonlyArray<[code: string, standIn: string, real: string]> = [
  ['#34;', '\u02BA', '"'],
  ['#60;', '\u02C2', '<'],
  ['#62;', '\u02C3', '>'],
  ['#35;', '#\u2060', '#'],
];

/** The text of accTitle and accDescr, codes resolved: Mermaid mangles "&" and drops "<...>" there. */
export function accessibleTexts(text: string): { title?: string; desc?: string } {
  const resolve = (value: string | undefined) =>
    value === undefined ? undefined : STAND_INS.reduce((result, [code, , real]) => result.replaceAll(code, real), value);
  return {
    title: resolve(/^\s*accTitle:\s*(.*)$/m.exec(text)?.[1]),
    desc: resolve(/^\s*accDescr:\s*(.*)$/m.exec(text)?.[1]),
  };
}

/** The diagram text as handed to Mermaid: entity codes replaced by their stand-ins. */
export function withStandIns(text: string): string {
  return STAND_INS.reduce((result, [code, standIn]) => result.replaceAll(code, standIn), text);
}
