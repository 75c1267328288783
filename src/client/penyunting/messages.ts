/**
 * The build's messages at their fields: each issue of `sop:check` goes to the control whose `data-path` is its
 * path (or the nearest field above it), which is marked invalid and described by the message. Every issue is
 * also listed in `sop:check`'s own form (file:line field: message).
 */
import { type ContentIssue, formatIssue } from '../../content-check/format.ts';
import { h } from './dom.ts';

function placeFor(root: HTMLElement, path: readonly PropertyKey[]): { control?: HTMLElement; box?: HTMLElement } {
  for (let length = path.length; length > 0; length--) {
    const key = path.slice(0, length).map(String).join('.');
    const box = root.querySelector<HTMLElement>(`[data-pesan-untuk="${CSS.escape(key)}"]`);
    const control = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(key)}"]`);
    if (box || control) return { ...(control ? { control } : {}), ...(box ? { box } : {}) };
  }
  return {};
}

/** Shows `issues` in `form` and in `summary`; returns how many errors there are. */
export function showIssues(form: HTMLElement, summary: HTMLElement, issues: readonly ContentIssue[]): number {
  for (const box of form.querySelectorAll<HTMLElement>('.pesan-kolom')) box.replaceChildren();
  for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  const errors = issues.filter((issue) => issue.level === 'error').length;
  const list = h('ul', { class: 'daftar-pesan' });
  for (const issue of issues) {
    const { control, box } = issue.path ? placeFor(form, issue.path) : {};
    const text = `${issue.level === 'warning' ? 'Peringatan: ' : ''}${issue.pesan}`;
    if (box) box.append(h('p', { 'data-level': issue.level }, text));
    if (control && issue.level === 'error') control.setAttribute('aria-invalid', 'true');
    list.append(h('li', { 'data-level': issue.level }, formatIssue(issue)));
  }
  const warnings = issues.length - errors;
  summary.replaceChildren(
    h(
      'p',
      { class: 'ringkasan-periksa', 'data-status': errors > 0 ? 'galat' : 'lulus' },
      errors > 0
        ? `sop:check: ${errors} galat${warnings ? `, ${warnings} peringatan` : ''}. Berkas belum dapat dipakai build.`
        : `sop:check: lulus${warnings ? ` dengan ${warnings} peringatan` : ''}. Berkas siap disimpan ke content/sop/.`,
    ),
    ...(issues.length > 0 ? [list] : []),
  );
  return errors;
}
