/**
 * Form pieces of the editor: a labelled field with its schema documentation as help and a place for the build's
 * messages (`data-path` names the value, as the content check's paths do).
 */
import { fieldDoc } from '../../schemas/common.ts';
import { inlineYaml } from '../../authoring/field-docs.ts';
import { h } from '../checklist/dom.ts';
import type { z } from 'astro/zod';

export { h } from '../checklist/dom.ts';

let counter = 0;
export const uid = (prefix: string) => `${prefix}-${++counter}`;

/** The help line of a documented schema field: meaning, format, example. */
export function helpText(schema: z.ZodType | undefined): string {
  const doc = schema ? fieldDoc(schema) : undefined;
  if (!doc) return '';
  return [doc.arti, doc.format && `Format: ${doc.format}.`, doc.contoh !== undefined && `Contoh: ${inlineYaml(doc.contoh)}`]
    .filter(Boolean)
    .join(' ');
}

/**
 * A field: label, control, help and messages. The control gets `data-path` and is described by its help and by
 * the messages shown for it.
 */
export function field(label: string, control: HTMLElement, path: string, help = ''): HTMLElement {
  const id = control.id || uid('kolom');
  control.id = id;
  control.dataset.path = path;
  const helpId = `${id}-bantuan`;
  const messagesId = `${id}-pesan`;
  control.setAttribute('aria-describedby', help ? `${messagesId} ${helpId}` : messagesId);
  return h(
    'div',
    { class: 'kolom', 'data-kolom': path },
    h('label', { for: id }, label),
    control,
    h('div', { class: 'pesan-kolom', id: messagesId, 'data-pesan-untuk': path }),
    help ? h('p', { class: 'bantuan', id: helpId }, help) : null,
  );
}

/** A group of controls (a fieldset) with its legend, help and messages. */
export function group(legend: string, path: string, help: string, ...controls: HTMLElement[]): HTMLElement {
  const box = h('fieldset', { class: 'kolom kelompok', 'data-kolom': path, 'data-path': path }, h('legend', {}, legend));
  box.append(...controls, h('div', { class: 'pesan-kolom', 'data-pesan-untuk': path }));
  if (help) box.append(h('p', { class: 'bantuan' }, help));
  return box;
}
