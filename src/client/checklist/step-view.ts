/**
 * One step of a run on screen: tick, decision, note. Every change goes through the write-ahead journal
 * (src/db/journal.ts) and is shown as stored only after IndexedDB committed it; a note is flushed when the page
 * is hidden or left, counts towards its limit, and is never silently replaced by another tab's text: the other
 * text is shown while typing, and both are kept when saved (see src/db/MERGE.md).
 */
import type { LajurDatabase, RunRecord } from '../../db/database.ts';
import { remember, store } from '../../db/journal.ts';
import type { StepRecord } from '../../db/merge.ts';
import { CATATAN_MAKS, noteVersion, settleNote } from '../../db/runs.ts';
import type { RunStepSnapshot } from '../../domain/checklist.ts';
import { h } from './dom.ts';

export interface StepParts {
  item: HTMLLIElement;
  checkbox: HTMLInputElement;
  status: HTMLElement;
  time: HTMLElement;
  outcomes: HTMLInputElement[];
  /** Shows what the database holds for this step. */
  sync: (state: StepRecord | undefined, active: boolean) => void;
}

/** What the run page gives each step: the database and where to report a failed change. */
export interface StepContext {
  db: LajurDatabase;
  runId: string;
  /** Runs a change; resolves true once committed, false (with the reason shown) when it was not stored. */
  act: (action: () => Promise<void>) => Promise<boolean>;
}

const count = (n: number) => n.toLocaleString('id-ID');

function noteParts(step: RunStepSnapshot, run: RunRecord, context: StepContext) {
  const stored = run.keadaan[String(step.no)];
  const note = h('textarea', { id: `catatan-${step.no}`, rows: 2, 'aria-describedby': `simpan-${step.no} hitung-${step.no}` });
  const noteStatus = h('span', { id: `simpan-${step.no}`, class: 'simpan-catatan', role: 'status' });
  const counter = h('span', { id: `hitung-${step.no}`, class: 'hitung-catatan' });
  const limit = h('p', { class: 'batas-catatan', role: 'alert' });
  const elsewhere = h('p', { class: 'catatan-lain-tab', role: 'status', hidden: true });
  const conflict = h('div', { class: 'konflik-catatan', role: 'status', hidden: true });
  // Printed instead of the box, which would show only its first lines.
  const printed = h('div', { class: 'catatan-cetak' });
  let saved = stored?.catatan ?? '';
  note.value = saved;
  let seen = noteVersion(run, step.no);
  let pending: ReturnType<typeof setTimeout> | undefined;
  let latest: StepRecord | undefined = stored;

  const show = () => {
    const length = note.value.length;
    counter.textContent = length > 0 || document.activeElement === note ? `${count(length)}/${count(CATATAN_MAKS)} karakter` : '';
    const over = length - CATATAN_MAKS;
    counter.dataset.lebih = String(over > 0);
    limit.textContent =
      over > 0
        ? `Catatan melebihi batas ${count(CATATAN_MAKS)} karakter: ${count(over)} karakter lebih. Persingkat agar dapat disimpan; teks belum disimpan.`
        : '';
    printed.textContent = note.value;
  };

  const save = () => {
    clearTimeout(pending);
    pending = undefined;
    const value = note.value;
    if (value === saved) return;
    if (value.length > CATATAN_MAKS) {
      noteStatus.textContent = '· belum tersimpan';
      return;
    }
    saved = value;
    noteStatus.textContent = '· menyimpan…';
    const change = { runId: context.runId, no: step.no, bidang: 'catatan' as const, nilai: value, waktu: Date.now(), dilihat: seen };
    void context
      .act(() => store(context.db, change))
      .then((ok) => {
        if (saved === value) noteStatus.textContent = ok ? '· tersimpan' : '· belum tersimpan';
        if (!ok && saved === value) saved = latest?.catatan ?? '';
      });
  };
  note.addEventListener('input', () => {
    show();
    noteStatus.textContent = '';
    // Journaled at every keystroke: a crash before the next save still leaves the text to the next page.
    if (note.value.length <= CATATAN_MAKS && note.value !== saved) {
      remember({ runId: context.runId, no: step.no, bidang: 'catatan', nilai: note.value, waktu: Date.now(), dilihat: seen });
    }
    clearTimeout(pending);
    pending = setTimeout(save, 600);
  });
  note.addEventListener('focus', show);
  note.addEventListener('blur', () => {
    save();
    show();
  });
  // Leaving the page (Back, reload, closing the tab, switching apps on a phone) stores what was typed.
  window.addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') save();
  });

  const renderConflict = (state: StepRecord, active: boolean) => {
    conflict.hidden = state.konflik.length === 0;
    if (conflict.hidden) return conflict.replaceChildren();
    const title = state.konflik.length === 1 ? 'Dua versi catatan' : `${state.konflik.length + 1} versi catatan`;
    const keepAll = h('button', { type: 'button', class: 'tombol kecil' }, 'Gabungkan ke catatan');
    const keepThis = h('button', { type: 'button', class: 'tombol kecil' }, 'Pakai catatan di atas saja');
    keepAll.addEventListener('click', () => {
      const joined = [state.catatan, ...state.konflik].filter(Boolean).join('\n\n');
      void context.act(() => settleNote(context.db, context.runId, step.no, joined.slice(0, CATATAN_MAKS)));
    });
    keepThis.addEventListener('click', () => void context.act(() => settleNote(context.db, context.runId, step.no, state.catatan)));
    conflict.replaceChildren(
      h(
        'p',
        {},
        h('strong', {}, `${title}: `),
        'catatan ini juga diubah di tab atau perangkat lain pada waktu yang sama. Kedua teks disimpan; teks lain:',
      ),
      ...state.konflik.map((text) => h('blockquote', { class: 'teks-konflik' }, text)),
      ...(active ? [h('p', { class: 'no-print aksi' }, keepAll, keepThis)] : []),
    );
  };

  const sync = (state: StepRecord | undefined, active: boolean) => {
    latest = state;
    const text = state?.catatan ?? '';
    const editing = document.activeElement === note || note.value !== saved;
    if (!editing) {
      note.value = text;
      saved = text;
      seen = { ...(state?.jejak.catatan?.versi ?? {}) };
      elsewhere.hidden = true;
    } else if (text === saved) {
      // Our own write coming back: what we wrote on is now this version.
      seen = { ...(state?.jejak.catatan?.versi ?? {}) };
    } else {
      elsewhere.textContent =
        'Catatan ini baru diubah di tab lain. Teks Anda tidak ditimpa: bila disimpan, kedua versi disimpan dan ditampilkan.';
      elsewhere.hidden = false;
    }
    note.readOnly = !active;
    if (state) renderConflict(state, active);
    show();
  };

  const label = h('label', { for: note.id, class: 'label-catatan' }, 'Catatan ', noteStatus);
  return { nodes: [label, note, h('p', { class: 'info-catatan' }, counter), limit, elsewhere, conflict, printed], sync };
}

/** Builds one step's screen part. */
export function buildStep(step: RunStepSnapshot, run: RunRecord, context: StepContext): StepParts {
  const checkbox = h('input', { type: 'checkbox', id: `cek-${step.no}`, class: 'cek' });
  let ticked: boolean | undefined;
  checkbox.addEventListener('change', () => {
    const wanted = checkbox.checked;
    checkbox.setAttribute('aria-busy', 'true');
    void context
      .act(() => store(context.db, { runId: context.runId, no: step.no, bidang: 'dicentang', nilai: wanted, waktu: Date.now() }))
      .then((ok) => {
        checkbox.removeAttribute('aria-busy');
        // Not stored: the box goes back to what the database holds, never shows an unsaved tick.
        if (!ok && ticked !== undefined) checkbox.checked = ticked;
      });
  });
  const status = h('span', { class: 'status-langkah' });
  const time = h('p', { class: 'waktu-langkah' });
  const notes = noteParts(step, run, context);

  const outcomes: HTMLInputElement[] = [];
  let decision: HTMLFieldSetElement | null = null;
  let chosen = '';
  if (step.jenis === 'keputusan' && step.pilihan) {
    decision = h('fieldset', { class: 'keputusan' }, h('legend', {}, 'Hasil keputusan'));
    const choices: Array<[value: string, label: string]> = [
      ...step.pilihan.map((pilihan): [string, string] => [pilihan.label, `${pilihan.label} → langkah ${pilihan.lanjutKe}`]),
      ['', 'Belum diputuskan'],
    ];
    for (const [value, label] of choices) {
      const radio = h('input', { type: 'radio', name: `keputusan-${step.no}`, value, id: `keputusan-${step.no}-${outcomes.length}` });
      radio.addEventListener('change', () => {
        if (!radio.checked) return;
        const change = { runId: context.runId, no: step.no, bidang: 'keputusan' as const, nilai: value || null, waktu: Date.now() };
        void context
          .act(() => store(context.db, change))
          .then((ok) => {
            if (!ok) for (const other of outcomes) other.checked = other.value === chosen;
          });
      });
      outcomes.push(radio);
      decision.append(h('label', { for: radio.id, class: 'pilihan-keputusan' }, radio, ` ${label}`));
    }
  }

  const detail = [
    step.kelengkapan && `Kelengkapan: ${step.kelengkapan.join(', ')}`,
    step.output && `Output: ${step.output.join(', ')}`,
    `Waktu baku: ${step.durasiTeks ?? 'belum tercatat'}`,
  ].filter(Boolean);
  const item = h(
    'li',
    { class: 'langkah-run', id: `langkah-${step.no}`, 'data-no': step.no },
    h(
      'div',
      { class: 'langkah-run-kepala' },
      checkbox,
      h('label', { for: checkbox.id }, h('span', { class: 'no' }, `Langkah ${step.no}`), ` · ${step.pelaksana}`),
      status,
    ),
    h('p', { class: 'aktivitas' }, step.aktivitas.join('; ')),
    h('p', { class: 'mutu-baku' }, detail.join(' · ')),
    decision,
    time,
    ...notes.nodes,
  );
  const sync = (state: StepRecord | undefined, active: boolean) => {
    ticked = (state?.dicentang ?? null) !== null;
    chosen = state?.keputusan ?? '';
    notes.sync(state, active);
  };
  return { item, checkbox, status, time, outcomes, sync };
}
