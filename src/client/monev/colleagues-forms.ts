/**
 * Colleagues' monev forms of the period shown (imported with their checklist backups): read-only, as they wrote
 * them, so a supervisor sees every assessment next to their own form without it being overwritten.
 */
import { KRITERIA_EVALUASI, type FormulirRecord } from '../../db/monev-records.ts';
import { formatTanggal } from '../../domain/tanggal.ts';
import { h } from '../checklist/dom.ts';

const conclusion = (form: FormulirRecord) =>
  form.evaluasi.perluRevisi === null ? 'belum disimpulkan' : form.evaluasi.perluRevisi ? 'perlu revisi' : 'tidak perlu revisi';

/** Nothing when there are none; else a section listing each form's assessor, assessment, answers and action. */
export function colleaguesForms(forms: readonly FormulirRecord[]): HTMLElement | string {
  if (forms.length === 0) return '';
  return h(
    'section',
    { class: 'formulir-rekan', 'aria-labelledby': 'judul-formulir-rekan' },
    h('h3', { id: 'judul-formulir-rekan' }, 'Formulir rekan untuk periode ini'),
    h(
      'ul',
      {},
      ...forms.map((form) => {
        const answered = form.evaluasi.kriteria.filter((answer) => answer !== null).length;
        const ya = form.evaluasi.kriteria.filter((answer) => answer === 'Ya').length;
        return h(
          'li',
          { 'data-pemilik': form.pemilik ?? '' },
          h('strong', {}, form.pemilik ?? ''),
          `: ${form.monitoring.penilaian ?? 'penilaian belum diisi'}; kriteria evaluasi ${ya} Ya dari ${answered} dijawab (${KRITERIA_EVALUASI.length} kriteria); ${conclusion(form)}`,
          form.monitoring.tindakan ? `; tindakan: ${form.monitoring.tindakan}` : '',
          form.penilai.nama ? ` · ${form.penilai.nama}${form.tanggal ? `, ${formatTanggal(form.tanggal)}` : ''}` : '',
        );
      }),
    ),
  );
}
