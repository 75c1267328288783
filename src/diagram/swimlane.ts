/**
 * Mermaid `swimlane-beta` text from an SOP's structured steps. Authors never write Mermaid: this generator is the
 * only source of diagram text, for the rendered SVG and for the copyable text on the SOP page alike.
 */
import { nextOf, type FlowStep, type JenisLangkah } from '../domain/step-graph.ts';

export interface SwimlaneStep extends FlowStep {
  aktivitas: readonly string[];
  pelaksana: string;
}

export interface SwimlaneInput {
  nama: string;
  pelaksana: readonly string[];
  langkah: readonly SwimlaneStep[];
}

/** Labels longer than this are shortened in the diagram; the steps table always has the full text. */
export const MAX_LABEL_LENGTH = 160;

/**
 * Text safe inside a quoted Mermaid label. Inside quotes three things carry meaning: the closing quote, an entity
 * code (`#name;`, `#123;`) and HTML tags (Mermaid sanitizes labels as HTML, so "<Seksi>" would vanish). Those
 * characters are written as numeric entity codes, which Mermaid turns back into the characters; everything else
 * ([ ] { } ( ) ; | &) is plain text there. Line breaks become `<br>`.
 *
 * Only numeric codes: Mermaid's swimlanes do not resolve named ones (mermaid-js/mermaid#7015).
 */
export function escapeLabel(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => guardEntities(line.replace(/\s+/g, ' ').trim()).replace(/"/g, '#34;').replace(/</g, '#60;').replace(/>/g, '#62;'))
    .filter((line) => line !== '')
    .join('<br>');
}

/** A `#` that would start an entity code is itself written as one. Runs before any code is added. */
function guardEntities(text: string): string {
  return text.replace(/#(?=[a-z0-9]+;)/gi, '#35;');
}

/** accTitle and accDescr run to the end of their line: one line, escaped as labels are. */
function accessibleText(text: string): string {
  return escapeLabel(text.replace(/\s+/g, ' '));
}

function shorten(text: string): string {
  return text.length <= MAX_LABEL_LENGTH ? text : `${text.slice(0, MAX_LABEL_LENGTH - 1).replace(/\s+\S*$/, '')}…`;
}

const SHAPES: Record<JenisLangkah, [open: string, close: string]> = {
  mulai: ['(["', '"])'],
  selesai: ['(["', '"])'],
  proses: ['["', '"]'],
  keputusan: ['{"', '"}'],
};

const nodeId = (no: number) => `s${no}`;
const laneId = (index: number) => `L${index + 1}`;

/** The label of a step: its number and its activity; several activities each on a line of their own. */
function stepLabel(step: SwimlaneStep): string {
  const aktivitas = step.aktivitas.length > 1 ? step.aktivitas.map((item) => `• ${item}`) : step.aktivitas;
  return escapeLabel(shorten(`${step.no}. ${aktivitas.join('\n')}`));
}

/**
 * The diagram text: one lane per pelaksana in the declared order, each step in its actor's lane (a terminator for
 * start and end, a rectangle for a process, a diamond for a decision), decision outcomes as edge labels.
 */
export function swimlaneText(sop: SwimlaneInput): string {
  const lines = ['swimlane-beta TB'];
  lines.push(`  accTitle: ${accessibleText(`Bagan alir SOP ${sop.nama}`)}`);
  lines.push(
    `  accDescr: ${accessibleText(
      `${sop.langkah.length} langkah dalam ${sop.pelaksana.length} lajur pelaksana: ${sop.pelaksana.join(', ')}. Rincian setiap langkah ada pada tabel langkah.`,
    )}`,
  );
  sop.pelaksana.forEach((pelaksana, index) => {
    lines.push(`  subgraph ${laneId(index)}["${escapeLabel(pelaksana)}"]`);
    for (const step of sop.langkah.filter((candidate) => candidate.pelaksana === pelaksana)) {
      const [open, close] = SHAPES[step.jenis];
      lines.push(`    ${nodeId(step.no)}${open}${stepLabel(step)}${close}`);
    }
    lines.push('  end');
  });
  sop.langkah.forEach((_, index) => {
    for (const edge of nextOf(sop.langkah, index)) {
      const label = edge.label === undefined ? '' : `|"${escapeLabel(edge.label)}"|`;
      lines.push(`  ${nodeId(edge.from)} -->${label} ${nodeId(edge.to)}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
