/**
 * The monitoring and evaluation form on screen: the assessor's fields (assessment, notes prefilled with the
 * evidence, action, the evaluation's Ya/Tidak criteria, conclusion, name, NIP, jabatan, date, methods), written
 * into the printed sheet as they are typed, and stored on "Simpan formulir" in the database (src/db/monev.ts).
 */
import {
  type FormulirRecord,
  JAWABAN_EVALUASI,
  type JawabanEvaluasi,
  KRITERIA_EVALUASI,
  METODE_MONITORING,
  PENILAIAN,
} from '../../db/monev-records.ts';
import { formatTanggal } from '../../domain/tanggal.ts';
import { h } from '../checklist/dom.ts';

export interface FormHandle {
  element: HTMLElement;
  /** The form as filled now. */
  value(): FormulirRecord;
}

const field = (label: string, control: HTMLElement, hint?: string) =>
  h('div', { class: 'isian' }, h('label', { for: control.id }, label), control, hint ? h('p', { class: 'muted kecil' }, hint) : null);

/** Writes the form into the printed sheet's cells. */
export function fillSheet(form: FormulirRecord): void {
  const set = (name: string, text: string) => {
    for (const cell of document.querySelectorAll<HTMLElement>(`[data-cetak="${name}"]`)) cell.textContent = text;
  };
  set('periode', `${formatTanggal(form.periode.dari)} s.d. ${formatTanggal(form.periode.sampai)}`);
  set('metode', form.metode.join('; '));
  set('catatan', form.monitoring.catatan);
  set('tindakan', form.monitoring.tindakan);
  set('revisi', form.evaluasi.perluRevisi === null ? '… (belum diisi)' : form.evaluasi.perluRevisi ? 'PERLU REVISI' : 'TIDAK PERLU REVISI');
  set('evaluasi', form.evaluasi.catatan);
  set('tanggal', form.tanggal ? formatTanggal(form.tanggal) : '');
  set('jabatan', form.penilai.jabatan);
  set('nama', form.penilai.nama);
  set('nip', form.penilai.nip);
  for (const mark of document.querySelectorAll<HTMLElement>('[data-cetak-penilaian]')) {
    mark.classList.toggle('dipilih', mark.dataset.cetakPenilaian === form.monitoring.penilaian);
  }
  for (const mark of document.querySelectorAll<HTMLElement>('[data-cetak-kriteria]')) {
    const answer = form.evaluasi.kriteria[Number(mark.dataset.cetakKriteria)];
    mark.textContent = answer === mark.dataset.jawaban ? '✓' : '';
  }
}

/** The evaluation's criteria as a table: one row each, answered Ya or Tidak with two radio buttons. */
function criteriaTable(answers: ReadonlyArray<JawabanEvaluasi | null>): HTMLElement {
  return h(
    'table',
    { class: 'kriteria-evaluasi' },
    h('caption', {}, 'Jawab setiap kriteria: Ya atau Tidak'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'No.'),
        h('th', { scope: 'col' }, 'Kriteria'),
        ...JAWABAN_EVALUASI.map((label) => h('th', { scope: 'col' }, label)),
      ),
    ),
    h(
      'tbody',
      {},
      ...KRITERIA_EVALUASI.map((kriteria, index) =>
        h(
          'tr',
          {},
          h('td', {}, `${index + 1}.`),
          h('th', { scope: 'row', id: `kriteria-${index}` }, kriteria),
          ...JAWABAN_EVALUASI.map((label) =>
            h(
              'td',
              {},
              h('input', {
                type: 'radio',
                name: `kriteria-${index}`,
                value: label,
                'aria-label': `${label}: ${kriteria}`,
                checked: answers[index] === label,
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

/** The form's controls for `initial`; `onChange` runs on every edit. */
export function monevForm(initial: FormulirRecord, onChange: (form: FormulirRecord) => void): FormHandle {
  const current = structuredClone(initial);
  const penilaian = h(
    'fieldset',
    { class: 'pilihan' },
    h('legend', {}, 'Penilaian terhadap penerapan (kolom 3)'),
    ...PENILAIAN.map((label, index) =>
      h(
        'label',
        {},
        h('input', {
          type: 'radio',
          name: 'penilaian',
          value: label,
          id: `penilaian-${index}`,
          checked: current.monitoring.penilaian === label,
        }),
        ` ${label}`,
      ),
    ),
  );
  const catatan = h('textarea', { id: 'catatan-penilaian', rows: 5 });
  catatan.value = current.monitoring.catatan;
  const tindakan = h('textarea', { id: 'tindakan', rows: 3 });
  tindakan.value = current.monitoring.tindakan;
  const revisi = h(
    'fieldset',
    { class: 'pilihan' },
    h('legend', {}, 'Kesimpulan: SOP ini perlu direvisi?'),
    h(
      'label',
      {},
      h('input', { type: 'radio', name: 'revisi', value: 'ya', checked: current.evaluasi.perluRevisi === true }),
      ' Ya, perlu revisi',
    ),
    h(
      'label',
      {},
      h('input', { type: 'radio', name: 'revisi', value: 'tidak', checked: current.evaluasi.perluRevisi === false }),
      ' Tidak',
    ),
    h('p', { class: 'muted kecil' }, 'Isian Lajur, bukan kriteria Permenpan RB 35/2012: kesimpulan Anda dari kriteria di atas.'),
  );
  const kriteria = criteriaTable(current.evaluasi.kriteria);
  const evaluasi = h('textarea', { id: 'catatan-evaluasi', rows: 3 });
  evaluasi.value = current.evaluasi.catatan;
  const nama = h('input', { id: 'penilai-nama', value: current.penilai.nama, autocomplete: 'name' });
  const nip = h('input', { id: 'penilai-nip', value: current.penilai.nip, inputmode: 'numeric', maxlength: 18, pattern: '\\d{18}' });
  const jabatan = h('input', { id: 'penilai-jabatan', value: current.penilai.jabatan });
  const tanggal = h('input', { id: 'tanggal-penilaian', type: 'date', value: current.tanggal });
  const metode = h(
    'fieldset',
    { class: 'pilihan' },
    h('legend', {}, 'Metode monitoring'),
    ...METODE_MONITORING.map((label, index) =>
      h(
        'label',
        {},
        h('input', { type: 'checkbox', name: 'metode', value: label, id: `metode-${index}`, checked: current.metode.includes(label) }),
        ` ${label}`,
      ),
    ),
  );
  const element = h(
    'form',
    { class: 'formulir-monev', 'aria-labelledby': 'judul-isian-formulir' },
    h('h3', { id: 'judul-isian-formulir' }, 'Formulir monitoring (Tabel 7, Permenpan RB 35/2012)'),
    penilaian,
    field('Catatan hasil penilaian (kolom 4)', catatan, 'Diawali bukti dari checklist; ubah sesuai penilaian Anda.'),
    field('Tindakan yang harus diambil (kolom 5)', tindakan),
    h('h3', {}, 'Evaluasi penerapan SOP AP'),
    kriteria,
    h(
      'p',
      { class: 'muted kecil' },
      'Kriteria seperti dimuat aplikasi e-SOP publik dari lampiran Permenpan RB 35/2012; lampirannya sendiri belum dapat dibandingkan di Lajur. Periksa dengan salinan peraturan Anda.',
    ),
    revisi,
    field('Catatan evaluasi', evaluasi),
    metode,
    h(
      'div',
      { class: 'isian-baris' },
      field('Nama penilai', nama),
      field('NIP', nip, '18 angka'),
      field('Jabatan', jabatan),
      field('Tanggal penilaian', tanggal),
    ),
  );
  const read = (): FormulirRecord => {
    const chosen = element.querySelector<HTMLInputElement>('input[name="penilaian"]:checked')?.value ?? null;
    const conclusion = element.querySelector<HTMLInputElement>('input[name="revisi"]:checked')?.value;
    current.monitoring = {
      penilaian: chosen as FormulirRecord['monitoring']['penilaian'],
      catatan: catatan.value,
      tindakan: tindakan.value,
    };
    current.evaluasi = {
      kriteria: KRITERIA_EVALUASI.map(
        (_, index) =>
          (element.querySelector<HTMLInputElement>(`input[name="kriteria-${index}"]:checked`)?.value ?? null) as JawabanEvaluasi | null,
      ),
      perluRevisi: conclusion === undefined ? null : conclusion === 'ya',
      catatan: evaluasi.value,
    };
    current.penilai = { nama: nama.value.trim(), nip: nip.value.trim(), jabatan: jabatan.value.trim() };
    current.tanggal = tanggal.value;
    current.metode = [...element.querySelectorAll<HTMLInputElement>('input[name="metode"]:checked')].map((input) => input.value);
    return structuredClone(current);
  };
  element.addEventListener('input', () => onChange(read()));
  element.addEventListener('change', () => onChange(read()));
  element.addEventListener('submit', (event) => event.preventDefault());
  return { element, value: read };
}
