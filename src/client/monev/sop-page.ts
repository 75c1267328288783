/**
 * <monev-sop>: the monev page of one SOP. Reads every run of the SOP (one's own and colleagues'), computes the
 * figures of the chosen period (a semester by default, or any range of dates), draws them, and holds the form
 * of that period: prefilled with the evidence, written into the printed sheet as it is typed, stored on
 * "Simpan formulir", exported as CSV, printed on A4.
 */
import { openDatabase } from '../../db/database.ts';
import { cerminPerluRevisi, formulirSop, monevRuns, simpanFormulir } from '../../db/monev.ts';
import { monevCsv } from '../../db/monev-csv.ts';
import { type FormulirRecord, kriteriaKosong } from '../../db/monev-records.ts';
import { colleaguesForms } from './colleagues-forms.ts';
import type { SopSnapshot } from '../../domain/checklist.ts';
import { type KalenderKerja, type Periode, periodeTanggal, semester, tahunTanpaLibur, tanggalLokal } from '../../domain/kalender-kerja.ts';
import { buktiMonev } from '../../domain/monev-laporan.ts';
import { hitungMonev, type MonevRun } from '../../domain/monev.ts';
import { formatTanggal } from '../../domain/tanggal.ts';
import { download, h, slug } from '../checklist/dom.ts';
import { renderFigures } from './figures.ts';
import { fillSheet, monevForm } from './form.ts';
import '../checklist/controls.css';
import '../checklist/run-list.css';
import './monev.css';
import './kriteria.css';

interface Embedded {
  snapshot: SopSnapshot;
  kalender: KalenderKerja;
}

type Choice = { label: string; periode: Periode };

/** The semesters that hold a run or a stored form, and the current one, newest first. */
function semesters(runs: readonly MonevRun[], forms: readonly FormulirRecord[], kalender: KalenderKerja): Choice[] {
  const found = new Map<number, Choice>();
  const formStarts = forms.flatMap((form) => periodeTanggal(form.periode.dari, form.periode.dari, kalender)?.dari ?? []);
  for (const moment of [Date.now(), ...runs.map((run) => run.dimulai), ...formStarts]) {
    const period = semester(moment, kalender);
    found.set(period.dari, { label: period.label, periode: { dari: period.dari, sampai: period.sampai } });
  }
  return [...found.values()].sort((a, b) => b.periode.dari - a.periode.dari);
}

class MonevSop extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const data = JSON.parse(document.getElementById('data-monev')?.textContent ?? '{}') as Embedded;
    const sop = data.snapshot;
    const db = openDatabase();
    const status = h('p', { class: 'transfer-status', role: 'status' });
    performance.mark('monev-baca');
    const [runs, forms] = await Promise.all([monevRuns(db, sop.sopId), formulirSop(db, sop.sopId)]);
    // Marks for the benchmark (bench/monev.ts): reading IndexedDB, then computing and drawing.
    performance.mark('monev-data');
    void cerminPerluRevisi(db);
    const choices = semesters(runs, forms, data.kalender);
    const select = h(
      'select',
      { id: 'pilih-periode' },
      ...choices.map((choice, index) => h('option', { value: String(index) }, choice.label)),
      h('option', { value: 'rentang' }, 'Rentang tanggal…'),
    );
    const from = h('input', { type: 'date', id: 'periode-dari' });
    const to = h('input', { type: 'date', id: 'periode-sampai' });
    const range = h(
      'span',
      { class: 'rentang', hidden: true },
      h('label', { for: 'periode-dari' }, 'dari '),
      from,
      h('label', { for: 'periode-sampai' }, ' sampai '),
      to,
    );
    const figures = h('div', { 'aria-live': 'polite' });
    const formSlot = h('div');
    const save = h('button', { type: 'button', class: 'tombol utama' }, 'Simpan formulir');
    const print = h('button', { type: 'button', class: 'tombol' }, 'Cetak formulir (A4)');
    const csv = h('button', { type: 'button', class: 'tombol' }, 'Ekspor CSV');
    this.replaceChildren(
      h('p', { class: 'periode' }, h('label', { for: 'pilih-periode' }, 'Periode: '), select, ' ', range),
      h('p', { class: 'muted' }, `${runs.length} pelaksanaan SOP ini tersimpan di perangkat ini (milik Anda dan rekan).`),
      figures,
      formSlot,
      h('p', { class: 'tombol-tombol' }, save, ' ', print, ' ', csv),
      status,
    );

    let current: { label: string; periode: Periode; form: () => FormulirRecord; hasil: ReturnType<typeof hitungMonev> } | undefined;
    const show = () => {
      let choice: Choice | undefined;
      if (select.value === 'rentang') {
        range.hidden = false;
        const periode = periodeTanggal(from.value, to.value, data.kalender);
        if (!periode) {
          status.textContent = 'Pilih tanggal awal dan akhir rentang (tanggal akhir tidak sebelum tanggal awal).';
          return;
        }
        choice = { label: `${formatTanggal(from.value)} s.d. ${formatTanggal(to.value)}`, periode };
      } else {
        range.hidden = true;
        choice = choices[Number(select.value)];
      }
      if (!choice) return;
      status.textContent = '';
      const hasil = hitungMonev(runs, sop, choice.periode, data.kalender);
      const missing = tahunTanpaLibur(choice.periode, data.kalender);
      figures.replaceChildren(
        missing.length > 0
          ? h(
              'p',
              { class: 'pesan', 'data-kind': 'peringatan', 'data-tanpa-libur': '' },
              `Hari libur ${missing.join(' dan ')} belum tercatat (content/libur/): waktu kerja periode ini menghitung hari libur ${missing.length > 1 ? 'tahun-tahun' : 'tahun'} itu sebagai hari kerja.`,
            )
          : '',
        renderFigures(hasil),
      );
      const dari = tanggalLokal(choice.periode.dari, data.kalender);
      const sampai = tanggalLokal(choice.periode.sampai - 1, data.kalender);
      const samePeriod = forms.filter((form) => form.periode.dari === dari && form.periode.sampai === sampai);
      // This device's form is the one edited; colleagues' forms of the period are shown beside it, as they wrote them.
      const stored = samePeriod.find((form) => form.pemilik === undefined);
      const initial: FormulirRecord = stored ?? {
        id: crypto.randomUUID(),
        sopId: sop.sopId,
        sopNomor: sop.sopNomor,
        sopNama: sop.sopNama,
        sopVersi: sop.sopVersi,
        periode: { dari, sampai },
        monitoring: { penilaian: null, catatan: buktiMonev(hasil, choice.label), tindakan: '' },
        evaluasi: { kriteria: kriteriaKosong(), perluRevisi: null, catatan: '' },
        penilai: { nama: '', nip: '', jabatan: '' },
        tanggal: tanggalLokal(Date.now(), data.kalender),
        metode: [],
        dibuat: Date.now(),
        diperbarui: 0,
      };
      const handle = monevForm(initial, fillSheet);
      formSlot.replaceChildren(
        stored
          ? h(
              'p',
              { class: 'pesan', 'data-kind': 'info' },
              `Formulir periode ini sudah disimpan (${formatTanggal(stored.tanggal || dari)}).`,
            )
          : '',
        handle.element,
        colleaguesForms(samePeriod.filter((form) => form.pemilik !== undefined)),
      );
      fillSheet(initial);
      current = { label: choice.label, periode: choice.periode, form: handle.value, hasil };
    };
    select.addEventListener('change', show);
    from.addEventListener('change', show);
    to.addEventListener('change', show);
    show();
    performance.mark('monev-angka');

    save.addEventListener('click', async () => {
      if (!current) return;
      const form = current.form();
      if (form.penilai.nip && !/^\d{18}$/.test(form.penilai.nip)) {
        status.textContent = `NIP "${form.penilai.nip}" tidak dapat disimpan: diharapkan 18 angka tanpa spasi.`;
        return;
      }
      const stored = await simpanFormulir(db, form);
      const index = forms.findIndex((item) => item.id === stored.id);
      if (index >= 0) forms[index] = stored;
      else forms.push(stored);
      await cerminPerluRevisi(db);
      status.textContent = `Formulir ${current.label} tersimpan di perangkat ini; ikut dalam cadangan JSON checklist.`;
    });
    print.addEventListener('click', () => window.print());
    csv.addEventListener('click', () => {
      if (!current) return;
      const form = current.form();
      download(
        `monev-${slug(sop.sopNama)}-${form.periode.dari}.csv`,
        monevCsv(form, current.hasil, current.label),
        'text/csv;charset=utf-8',
      );
    });
  }
}

if (!customElements.get('monev-sop')) customElements.define('monev-sop', MonevSop);
