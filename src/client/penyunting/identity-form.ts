/**
 * The identity page of the SOP as a form: every field of the schema, each with its documentation as help. A
 * field changes the data only when the author edits it, so untouched fields keep their exact text.
 */
import type { SiteContext } from '../../content-check/check-file.ts';
import { pengesahSchema, sopFields } from '../../schemas/sop.ts';
import { lawField } from './dasar-hukum.ts';
import { field, group, h, helpText } from './dom.ts';
import type { Session } from './session.ts';
import { fromList, fromRelated, fromText, toLines, toText } from './values.ts';

type Changed = () => void;

const TEXT_FIELDS: Array<[key: keyof typeof sopFields, label: string, multiline?: boolean]> = [
  ['nama', 'Nama SOP'],
  ['nomor', 'Nomor SOP'],
  ['tanggalPembuatan', 'Tanggal pembuatan'],
  ['tanggalRevisi', 'Tanggal revisi'],
  ['tanggalBerlaku', 'Tanggal berlaku (efektif)'],
];

function textInput(session: Session, key: string, changed: Changed, multiline = false): HTMLInputElement | HTMLTextAreaElement {
  const control = multiline ? h('textarea', { rows: 3 }) : h('input', { type: 'text', autocomplete: 'off' });
  control.value = toText(session.data[key]);
  control.addEventListener('input', () => {
    const value = fromText(control.value);
    session.set([key], key === 'nama' ? (value ?? '') : value);
    changed();
  });
  return control;
}

function listInput(session: Session, key: string, changed: Changed, read: (text: string) => unknown): HTMLTextAreaElement {
  const control = h('textarea', { rows: 3 });
  control.value = toLines(session.data[key]);
  control.addEventListener('input', () => {
    session.set([key], read(control.value));
    changed();
  });
  return control;
}

function officeFields(session: Session, site: SiteContext, changed: Changed): HTMLElement[] {
  const office = h('select', {});
  const unit = h('select', {});
  const current = toText(session.data.instansi);
  const known = site.instansi.some((entry) => entry.id === current);
  if (!known) office.append(h('option', { value: current }, current || '(pilih instansi)'));
  for (const entry of site.instansi) office.append(h('option', { value: entry.id }, `${entry.data.nama} (${entry.id})`));
  office.value = current;
  const fillUnits = () => {
    const units = site.instansi.find((entry) => entry.id === office.value)?.data.unit ?? [];
    const chosen = toText(session.data.unit);
    unit.replaceChildren(h('option', { value: '' }, '(belum tercatat)'));
    if (chosen && !units.some((item) => item.nama === chosen)) unit.append(h('option', { value: chosen }, chosen));
    for (const item of units) unit.append(h('option', { value: item.nama }, item.nama));
    unit.value = chosen;
  };
  fillUnits();
  office.addEventListener('change', () => {
    session.set(['instansi'], office.value);
    fillUnits();
    changed();
  });
  unit.addEventListener('change', () => {
    session.set(['unit'], unit.value === '' ? null : unit.value);
    changed();
  });
  return [field('Instansi', office, 'instansi', helpText(sopFields.instansi)), field('Unit kerja', unit, 'unit', helpText(sopFields.unit))];
}

function signerFields(session: Session, changed: Changed): HTMLElement {
  const value = (session.data.disahkanOleh ?? null) as Record<string, unknown> | null;
  const inputs = (['jabatan', 'nama', 'nip'] as const).map((key) => {
    const input = h('input', { type: 'text', autocomplete: 'off', inputmode: key === 'nip' ? 'numeric' : null });
    input.value = toText(value?.[key]);
    input.addEventListener('input', () => {
      const values = inputs.map((candidate) => fromText(candidate.input.value));
      session.set(
        ['disahkanOleh'],
        values.every((item) => item === null) ? null : { jabatan: values[0] ?? null, nama: values[1] ?? null, nip: values[2] ?? null },
      );
      changed();
    });
    return { key, input };
  });
  const labels = { jabatan: 'Jabatan', nama: 'Nama', nip: 'NIP' };
  return group(
    'Disahkan oleh',
    'disahkanOleh',
    `${helpText(sopFields.disahkanOleh)} Kosongkan ketiganya bila belum tercatat.`,
    ...inputs.map(({ key, input }) => field(labels[key], input, `disahkanOleh.${key}`, helpText(pengesahSchema.shape[key]))),
  );
}

/** The identity form of `session`; `changed` runs after every edit. */
export function identityForm(session: Session, site: SiteContext, changed: Changed): HTMLElement {
  const form = h(
    'section',
    { class: 'bagian-form', 'aria-labelledby': 'judul-identitas' },
    h('h2', { id: 'judul-identitas' }, 'Identitas SOP'),
  );
  for (const [key, label] of TEXT_FIELDS) form.append(field(label, textInput(session, key, changed), key, helpText(sopFields[key])));
  form.append(...officeFields(session, site, changed), signerFields(session, changed), lawField(session, site, changed));
  form.append(
    field(
      'Kualifikasi pelaksana (satu per baris)',
      listInput(session, 'kualifikasiPelaksana', changed, fromList),
      'kualifikasiPelaksana',
      helpText(sopFields.kualifikasiPelaksana),
    ),
    field(
      'Keterkaitan (satu per baris; "sop: id" untuk SOP di situs)',
      listInput(session, 'keterkaitan', changed, fromRelated),
      'keterkaitan',
      helpText(sopFields.keterkaitan),
    ),
    field(
      'Peralatan/perlengkapan (satu per baris)',
      listInput(session, 'peralatanPerlengkapan', changed, fromList),
      'peralatanPerlengkapan',
      helpText(sopFields.peralatanPerlengkapan),
    ),
    field('Peringatan', textInput(session, 'peringatan', changed, true), 'peringatan', helpText(sopFields.peringatan)),
    field(
      'Pencatatan dan pendataan',
      textInput(session, 'pencatatanPendataan', changed, true),
      'pencatatanPendataan',
      helpText(sopFields.pencatatanPendataan),
    ),
  );
  return form;
}
