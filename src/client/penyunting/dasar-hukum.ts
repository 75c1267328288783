/**
 * The SOP's legal bases: the regulations of content/regulasi/ to tick, and regulations not there yet, drafted
 * here with the fields of the regulation schema (its documentation as help). A drafted regulation is kept with
 * the SOP's draft, checked as `sop:check` checks a regulation file (the messages are shown at its fields by the
 * editor's check), can be ticked like the others, and is saved as its own file beside the SOP.
 */
import type { SiteContext } from '../../content-check/check-file.ts';
import { JENIS_REGULASI, judulRegulasi } from '../../domain/regulasi.ts';
import {
  checkRegulasiDraft,
  fieldValue,
  newRegulasiText,
  type RegulasiDraft,
  regulasiValues,
  setRegulasiField,
  suggestedRegulasiId,
} from '../../editor/regulasi-file.ts';
import { regulasiSchema } from '../../schemas/regulasi.ts';
import { sopFields } from '../../schemas/sop.ts';
import { download } from '../checklist/dom.ts';
import { field, group, h, helpText, uid } from './dom.ts';
import { canWriteFolders, saveIntoFolder } from './save-folder.ts';
import type { Session } from './session.ts';
import { toText } from './values.ts';

type Changed = () => void;

const FIELDS: Array<[key: keyof typeof regulasiSchema.shape, label: string, kind?: 'multiline' | 'numeric']> = [
  ['nomor', 'Nomor'],
  ['tahun', 'Tahun penetapan', 'numeric'],
  ['tentang', 'Tentang', 'multiline'],
  ['penerbit', 'Penerbit'],
  ['penerbitSingkat', 'Penerbit singkat (boleh kosong)'],
  ['tautan', 'Tautan naskah resmi (boleh kosong)'],
  ['judul', 'Judul lengkap (biasanya kosong)', 'multiline'],
];

/** The path under which a drafted regulation's fields and messages live in the form. */
export const draftPath = (index: number, key: string) => `regulasi.${index}.${key}`;

/** Renames the cited id in the SOP's dasar hukum, as a renamed lane takes its steps along. */
function followRename(session: Session, from: string, to: string): void {
  const list = session.data.dasarHukum;
  if (from === to || !Array.isArray(list) || !list.includes(from)) return;
  session.set(
    ['dasarHukum'],
    list.map((id) => (id === from ? to : id)),
  );
}

function saveButtons(draft: () => RegulasiDraft): HTMLElement {
  const name = () => `${draft().berkas}.yaml`;
  const status = h('p', { class: 'status-folder', role: 'status' });
  const get = h('button', { type: 'button', class: 'tombol kecil' }, 'Unduh .yaml');
  get.addEventListener('click', () => download(name(), draft().teks, 'text/yaml;charset=utf-8'));
  const put = h('button', { type: 'button', class: 'tombol kecil', hidden: !canWriteFolders() }, 'Simpan ke folder content/regulasi/…');
  put.addEventListener('click', () => {
    saveIntoFolder(name(), draft().teks, 'regulasi').then(
      (result) => {
        status.textContent = result;
      },
      (error: Error) => {
        status.textContent = error.name === 'AbortError' ? 'Pemilihan folder dibatalkan.' : `Tidak tersimpan ke folder: ${error.message}`;
      },
    );
  });
  return h('div', { class: 'aksi-baris' }, get, put, status);
}

/** The form of drafted regulation `index`; `listChanged` redraws the ticks when its id or title changes. */
function draftForm(session: Session, index: number, changed: Changed, listChanged: Changed): HTMLElement {
  const draft = () => session.regulasi[index] as RegulasiDraft;
  const values = regulasiValues(draft().teks);
  const idInput = h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false', value: draft().berkas });
  const update = (key: string, input: string) => {
    const current = draft();
    const teks = setRegulasiField(current.teks, key, fieldValue(key, input));
    const berkas = current.namaTetap ? current.berkas : suggestedRegulasiId(regulasiValues(teks));
    followRename(session, current.berkas, berkas);
    session.regulasi[index] = { ...current, teks, berkas };
    idInput.value = berkas;
    listChanged();
    changed();
  };
  idInput.addEventListener('input', () => {
    const current = draft();
    const berkas = idInput.value.trim().replace(/\.ya?ml$/, '');
    followRename(session, current.berkas, berkas);
    session.regulasi[index] = { ...current, berkas, namaTetap: true };
    listChanged();
    changed();
  });
  const jenis = h('select', {}, h('option', { value: '' }, '(pilih jenis)'));
  for (const [key, kind] of Object.entries(JENIS_REGULASI)) jenis.append(h('option', { value: key }, `${kind.nama} (${key})`));
  jenis.value = toText(values.jenis);
  jenis.addEventListener('change', () => update('jenis', jenis.value));
  const fields = FIELDS.map(([key, label, kind]) => {
    const control =
      kind === 'multiline'
        ? h('textarea', { rows: 2 })
        : h('input', { type: 'text', autocomplete: 'off', inputmode: kind === 'numeric' ? 'numeric' : null });
    control.value = toText(values[key]);
    control.addEventListener('input', () => update(key, control.value));
    return field(label, control, draftPath(index, key), helpText(regulasiSchema.shape[key]));
  });
  const remove = h('button', { type: 'button', class: 'tombol kecil' }, 'Hapus draf peraturan ini');
  remove.addEventListener('click', () => {
    if (!confirm(`Hapus draf peraturan ${draft().berkas}? Isiannya hilang bila belum diunduh.`)) return;
    session.regulasi.splice(index, 1);
    listChanged();
    changed();
  });
  return h(
    'details',
    { class: 'regulasi-baru', open: true, 'data-regulasi-baru': index },
    h('summary', {}, `Peraturan baru: `, h('span', { 'data-judul-regulasi': '' }, `${draft().berkas}.yaml`)),
    h(
      'p',
      { class: 'bantuan' },
      'Tulis persis seperti naskah resmi (misalnya di JDIH); jangan menebak. Berkas ini disimpan di content/regulasi/ di samping SOP.',
    ),
    field('Jenis', jenis, draftPath(index, 'jenis'), helpText(regulasiSchema.shape.jenis)),
    ...fields,
    field(
      'Nama berkas (id yang dikutip SOP, tanpa .yaml)',
      idInput,
      draftPath(index, '(nama berkas)'),
      'Terisi sendiri dari jenis, penerbit singkat, nomor dan tahun, seperti berkas yang sudah ada; boleh diubah.',
    ),
    saveButtons(draft),
    remove,
  );
}

/** The dasar hukum group: ticks for every regulation (the site's and the drafted ones) and the drafting forms. */
export function lawField(session: Session, site: SiteContext, changed: Changed): HTMLElement {
  const list = h('ul', { class: 'pilihan-regulasi' });
  const drafts = h('div', { class: 'daftar-regulasi-baru' });
  // The order of the ticks stays put while the author works (the cited ones first, as when the form opened); a
  // drafted regulation keeps its place when its id changes with its fields.
  type Place = { id: string } | { draft: number };
  const chosenNow = () => (Array.isArray(session.data.dasarHukum) ? (session.data.dasarHukum as string[]) : []);
  const placeOf = (id: string): Place => {
    const draft = session.regulasi.findIndex((item) => item.berkas === id);
    return draft === -1 ? { id } : { draft };
  };
  let initial: Place[] = chosenNow().map(placeOf);
  const renderList = () => {
    const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLInputElement).value : undefined;
    const titles = new Map(site.regulasi.map((entry) => [entry.id, judulRegulasi(entry.data)]));
    session.regulasi.forEach((draft, i) => {
      const { entry } = checkRegulasiDraft(draft, site, session.regulasi.slice(0, i));
      const title = `${entry ? judulRegulasi(entry.data) : draft.berkas} (draf baru, belum di content/regulasi/)`;
      if (!titles.has(draft.berkas)) titles.set(draft.berkas, title);
      drafts.querySelector(`[data-regulasi-baru="${i}"] [data-judul-regulasi]`)?.replaceChildren(`${draft.berkas}.yaml`);
    });
    const resolve = (place: Place) => ('id' in place ? place.id : session.regulasi[place.draft]?.berkas);
    const ids: string[] = [];
    for (const place of [
      ...initial,
      ...site.regulasi.map((entry) => ({ id: entry.id })),
      ...session.regulasi.map((_, draft) => ({ draft })),
      ...chosenNow().map((id) => ({ id })),
    ]) {
      const id = resolve(place);
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    }
    const boxes = ids.map((id) => h('input', { type: 'checkbox', value: id, id: uid('regulasi') }));
    const paths = () => {
      const chosen = chosenNow();
      for (const box of boxes) {
        box.checked = chosen.includes(box.value);
        box.dataset.path = `dasarHukum.${chosen.indexOf(box.value)}`;
      }
    };
    for (const box of boxes) {
      box.addEventListener('change', () => {
        // A new tick is cited last; the order the author wrote stays.
        const chosen = chosenNow().filter((id) => id !== box.value);
        const picked = box.checked ? [...chosen, box.value] : chosen;
        session.set(['dasarHukum'], picked.length === 0 ? null : picked);
        paths();
        changed();
      });
    }
    paths();
    list.replaceChildren(
      ...boxes.map((box) =>
        h('li', {}, box, h('label', { for: box.id }, titles.get(box.value) ?? `${box.value} (tidak ada di content/regulasi/)`)),
      ),
    );
    if (focused !== undefined) boxes.find((box) => box.value === focused)?.focus();
  };
  const renderDrafts = () => {
    drafts.replaceChildren(...session.regulasi.map((_, i) => draftForm(session, i, changed, onDraftsChanged)));
  };
  let count = session.regulasi.length;
  // A draft added or removed redraws the forms (indexes move); typing only redraws the ticks.
  const onDraftsChanged = () => {
    if (session.regulasi.length !== count) {
      count = session.regulasi.length;
      initial = chosenNow().map(placeOf);
      renderDrafts();
    }
    renderList();
  };
  const add = h('button', { type: 'button', class: 'tombol kecil' }, 'Tambah peraturan baru');
  add.addEventListener('click', () => {
    const header = [`Peraturan baru dari penyunting Lajur, dasar hukum SOP ${session.berkas}; periksa terhadap naskah resmi.`];
    const teks = newRegulasiText(header);
    const taken = new Set([...site.regulasi.map((entry) => entry.id), ...session.regulasi.map((draft) => draft.berkas)]);
    let berkas = suggestedRegulasiId({});
    for (let n = 2; taken.has(berkas); n++) berkas = `${suggestedRegulasiId({})}-${n}`;
    session.regulasi.push({ berkas, teks });
    onDraftsChanged();
    changed();
    drafts.querySelector<HTMLElement>(`[data-regulasi-baru="${session.regulasi.length - 1}"] select`)?.focus();
  });
  renderDrafts();
  renderList();
  return group(
    'Dasar hukum',
    'dasarHukum',
    `${helpText(sopFields.dasarHukum)} Peraturan yang belum ada di content/regulasi/: tambahkan di sini, lalu centang.`,
    list,
    drafts,
    add,
  );
}
