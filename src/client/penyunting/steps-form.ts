/**
 * The pelaksana (lanes) and the steps as a table like the Word one: No | Jenis | Aktivitas | Pelaksana | Mutu baku
 * (kelengkapan, durasi, output) | Lanjut ke. Steps are added, inserted, deleted and moved with buttons (numbers and
 * jumps follow); lanes are added, renamed (their steps follow), moved and removed.
 */
import { JENIS_LANGKAH } from '../../domain/step-graph.ts';
import { langkahSchema, mutuBakuSchema } from '../../schemas/langkah.ts';
import { sopFields } from '../../schemas/sop.ts';
import { field, h, helpText } from './dom.ts';
import type { Session, Step } from './session.ts';
import { fromLines, toLines, toText } from './values.ts';

type Changed = () => void;

const JENIS_LABEL: Record<string, string> = { mulai: 'Mulai', proses: 'Proses', keputusan: 'Keputusan', selesai: 'Selesai' };

/** Enough rows to show every line of a value (a list has one line per item), at least two. */
function rowsFor(value: unknown): number {
  return Math.min(8, Math.max(2, Array.isArray(value) ? value.length : String(value ?? '').length > 60 ? 3 : 1));
}

let pointerDown = false;
if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', () => (pointerDown = true), true);
  document.addEventListener('pointerup', () => setTimeout(() => (pointerDown = false)), true);
}

/**
 * Runs `rebuild` once the author has left a field: when they left it by pressing on a button, after that press,
 * since replacing the form between the press and its release would swallow the click.
 */
function whenLeft(rebuild: Changed): void {
  if (pointerDown) document.addEventListener('pointerup', () => setTimeout(rebuild), { once: true, capture: true });
  else rebuild();
}

function button(label: string, title: string, action: () => void): HTMLButtonElement {
  const element = h('button', { type: 'button', class: 'tombol kecil', 'aria-label': title, title }, label);
  element.addEventListener('click', action);
  return element;
}

function lanesForm(session: Session, changed: Changed, rebuild: Changed): HTMLElement {
  const section = h(
    'section',
    { class: 'bagian-form', 'aria-labelledby': 'judul-pelaksana' },
    h('h2', { id: 'judul-pelaksana' }, 'Pelaksana (lajur)'),
  );
  section.append(h('p', { class: 'bantuan' }, helpText(sopFields.pelaksana)));
  const list = h('ol', { class: 'daftar-lajur', 'data-path': 'pelaksana' });
  session.lanes().forEach((name, index) => {
    const input = h('input', { type: 'text', autocomplete: 'off' });
    input.value = name;
    let before = name;
    input.addEventListener('input', () => {
      session.renameLane(index, input.value);
      before = input.value;
      changed();
    });
    // Steps' pelaksana choices show the new name once the author leaves the field.
    input.addEventListener('change', () => before === input.value && whenLeft(rebuild));
    list.append(
      h(
        'li',
        {},
        field(`Pelaksana ${index + 1}`, input, `pelaksana.${index}`),
        h(
          'span',
          { class: 'aksi-baris' },
          button('↑', `Geser pelaksana ${index + 1} ke kiri`, () => {
            session.moveLane(index, -1);
            rebuild();
          }),
          button('↓', `Geser pelaksana ${index + 1} ke kanan`, () => {
            session.moveLane(index, 1);
            rebuild();
          }),
          button('Hapus', `Hapus pelaksana ${index + 1}`, () => {
            session.deleteLane(index);
            rebuild();
          }),
        ),
      ),
    );
  });
  const fresh = h('input', { type: 'text', autocomplete: 'off', placeholder: 'Nama pelaksana baru' });
  const add = button('Tambah pelaksana', 'Tambah pelaksana', () => {
    if (fresh.value.trim() === '') return fresh.focus();
    session.addLane(fresh.value.trim());
    rebuild();
  });
  fresh.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add.click();
    }
  });
  section.append(list, h('div', { class: 'tambah' }, field('Pelaksana baru', fresh, 'pelaksana-baru'), add));
  return section;
}

function stepRow(session: Session, step: Step, index: number, changed: Changed, rebuild: Changed): HTMLElement {
  const at = (key: string) => `langkah.${index}.${key}`;
  const row = h('tr', { 'data-path': `langkah.${index}`, 'data-langkah': String(step.no) });
  const cell = (...children: HTMLElement[]) => h('td', {}, ...children);

  const jenis = h('select', {});
  if (!(JENIS_LANGKAH as readonly string[]).includes(toText(step.jenis))) {
    jenis.append(h('option', { value: toText(step.jenis) }, `${toText(step.jenis) || '(kosong)'}: pilih jenis`));
  }
  for (const kind of JENIS_LANGKAH) jenis.append(h('option', { value: kind }, JENIS_LABEL[kind] ?? kind));
  jenis.value = toText(step.jenis);
  jenis.addEventListener('change', () => {
    step.jenis = jenis.value;
    if (jenis.value === 'keputusan' && !Array.isArray(step.pilihan)) {
      const next = typeof step.no === 'number' ? step.no + 1 : 1;
      step.pilihan = [
        { label: '', lanjutKe: next },
        { label: '', lanjutKe: next },
      ];
      delete step.lanjutKe;
    }
    if (jenis.value !== 'keputusan') delete step.pilihan;
    rebuild();
  });

  const aktivitas = h('textarea', { rows: rowsFor(step.aktivitas) });
  aktivitas.value = toLines(step.aktivitas);
  aktivitas.addEventListener('input', () => {
    session.set(['langkah', index, 'aktivitas'], fromLines(aktivitas.value, ''));
    changed();
  });

  const pelaksana = h('select', {});
  const lanes = session.lanes();
  if (!lanes.includes(toText(step.pelaksana)))
    pelaksana.append(h('option', { value: toText(step.pelaksana) }, toText(step.pelaksana) || '(pilih)'));
  for (const lane of lanes) pelaksana.append(h('option', { value: lane }, lane));
  pelaksana.value = toText(step.pelaksana);
  pelaksana.addEventListener('change', () => {
    session.set(['langkah', index, 'pelaksana'], pelaksana.value);
    changed();
  });

  const mutu = (key: 'kelengkapan' | 'durasi' | 'output') => {
    const control =
      key === 'durasi' ? h('input', { type: 'text', autocomplete: 'off' }) : h('textarea', { rows: rowsFor(step.mutuBaku?.[key]) });
    control.value = toLines(step.mutuBaku?.[key]);
    control.addEventListener('input', () => {
      session.set(['langkah', index, 'mutuBaku', key], key === 'durasi' ? control.value.trim() || null : fromLines(control.value));
      changed();
    });
    return control;
  };

  const numbers = session
    .steps()
    .map((candidate) => candidate.no)
    .filter((no): no is number => typeof no === 'number');
  const target = (value: unknown, onChange: (value: number | undefined) => void, blank?: string) => {
    const select = h('select', {});
    if (blank) select.append(h('option', { value: '' }, blank));
    if (typeof value === 'number' && !numbers.includes(value)) select.append(h('option', { value: String(value) }, `${value} (tidak ada)`));
    for (const no of numbers) select.append(h('option', { value: String(no) }, `Langkah ${no}`));
    select.value = value === undefined ? '' : String(value);
    select.addEventListener('change', () => {
      onChange(select.value === '' ? undefined : Number(select.value));
      changed();
    });
    return select;
  };

  const next = h('div', { class: 'lanjut' });
  if (step.jenis === 'keputusan') {
    const outcomes = Array.isArray(step.pilihan) ? (step.pilihan as Array<Record<string, unknown>>) : [];
    outcomes.forEach((outcome, i) => {
      const label = h('input', { type: 'text', autocomplete: 'off' });
      label.value = toText(outcome.label);
      label.addEventListener('input', () => {
        session.set(['langkah', index, 'pilihan', i, 'label'], label.value.trim());
        changed();
      });
      next.append(
        field(`Hasil ${i + 1}`, label, at(`pilihan.${i}.label`), i === 0 ? 'Hasil pertama adalah jalur utama.' : ''),
        field(
          `Hasil ${i + 1} menuju`,
          target(outcome.lanjutKe, (value) => session.set(['langkah', index, 'pilihan', i, 'lanjutKe'], value ?? null)),
          at(`pilihan.${i}.lanjutKe`),
        ),
      );
    });
  } else if (step.jenis !== 'selesai') {
    next.append(
      field(
        'Lanjut ke',
        target(step.lanjutKe, (value) => session.set(['langkah', index, 'lanjutKe'], value), '(langkah berikutnya)'),
        at('lanjutKe'),
      ),
    );
  }

  /** An optional text of the step: left empty, the key is not written. */
  const optional = (key: 'keterangan' | 'rekonstruksiPelaksana', label: string) => {
    const control = h('textarea', { rows: 2 });
    control.value = toText(step[key]);
    control.addEventListener('input', () => {
      session.set(['langkah', index, key], control.value.trim() === '' ? undefined : control.value.trim());
      changed();
    });
    return field(label, control, at(key));
  };
  next.append(optional('keterangan', 'Keterangan'), optional('rekonstruksiPelaksana', 'Alasan pelaksana (bila disusun ulang)'));

  const actions = h(
    'div',
    { class: 'aksi-baris' },
    button('↑', `Naikkan langkah ${String(step.no)}`, () => {
      session.moveStep(index, -1);
      rebuild();
    }),
    button('↓', `Turunkan langkah ${String(step.no)}`, () => {
      session.moveStep(index, 1);
      rebuild();
    }),
    button('Sisipkan', `Sisipkan langkah sebelum langkah ${String(step.no)}`, () => {
      session.insertStep(index);
      rebuild();
    }),
    button('Hapus', `Hapus langkah ${String(step.no)}`, () => {
      session.deleteStep(index);
      rebuild();
    }),
  );

  row.append(
    h('th', { scope: 'row', 'data-path': at('no') }, String(step.no), h('div', { class: 'pesan-kolom', 'data-pesan-untuk': at('no') })),
    cell(field('Jenis', jenis, at('jenis'))),
    cell(field('Aktivitas', aktivitas, at('aktivitas'))),
    cell(field('Pelaksana', pelaksana, at('pelaksana'))),
    cell(
      field('Kelengkapan', mutu('kelengkapan'), at('mutuBaku.kelengkapan')),
      field('Durasi', mutu('durasi'), at('mutuBaku.durasi')),
      field('Output', mutu('output'), at('mutuBaku.output')),
    ),
    cell(next),
    cell(actions),
  );
  return row;
}

/** Lanes and steps of `session`. `changed` runs after typing; `rebuild` after a change of structure. */
export function stepsForm(session: Session, changed: Changed, rebuild: Changed): HTMLElement {
  const wrapper = h('div', {}, lanesForm(session, changed, rebuild));
  const section = h('section', { class: 'bagian-form', 'aria-labelledby': 'judul-langkah' }, h('h2', { id: 'judul-langkah' }, 'Langkah'));
  section.append(
    h('p', { class: 'bantuan' }, helpText(sopFields.langkah)),
    h(
      'details',
      { class: 'bantuan-langkah' },
      h('summary', {}, 'Cara mengisi kolom langkah'),
      h(
        'dl',
        {},
        ...(
          [
            ['Jenis', helpText(langkahSchema.shape.jenis)],
            ['Aktivitas', `${helpText(langkahSchema.shape.aktivitas)} Satu kegiatan per baris.`],
            ['Kelengkapan', helpText(mutuBakuSchema.shape.kelengkapan)],
            ['Durasi', helpText(mutuBakuSchema.shape.durasi)],
            ['Output', helpText(mutuBakuSchema.shape.output)],
            ['Lanjut ke', helpText(langkahSchema.shape.lanjutKe)],
            ['Hasil keputusan', helpText(langkahSchema.shape.pilihan)],
          ] as const
        ).flatMap(([term, text]) => [h('dt', {}, term), h('dd', {}, text)]),
      ),
    ),
  );
  const steps = session.steps();
  if (steps.length > 0) {
    const table = h(
      'table',
      { class: 'tabel-langkah-sunting', 'data-path': 'langkah' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['No', 'Jenis', 'Aktivitas', 'Pelaksana', 'Mutu baku', 'Lanjut ke, keterangan', 'Ubah'].map((title) =>
            h('th', { scope: 'col' }, title),
          ),
        ),
      ),
    );
    const body = h('tbody', {});
    body.append(...steps.map((step, index) => stepRow(session, step, index, changed, rebuild)));
    table.append(body);
    section.append(h('div', { class: 'gulir-tabel' }, table));
  } else {
    section.append(
      h('p', { 'data-path': 'langkah' }, 'Langkah belum tercatat.', h('span', { class: 'pesan-kolom', 'data-pesan-untuk': 'langkah' })),
    );
  }
  section.append(
    button('Tambah langkah', 'Tambah langkah di akhir', () => {
      session.insertStep();
      rebuild();
    }),
  );
  wrapper.append(section);
  return wrapper;
}
