/**
 * One printed page of the flowchart table (Permenpan RB 35/2012): No | Aktivitas | one column per pelaksana |
 * Mutu Baku (Kelengkapan, Waktu, Output) | Keterangan, its header repeated on every page. Symbols and arrows are
 * drawn from the computed geometry; off-page connectors sit in their own rows at the top and bottom. An unknown
 * value leaves its cell empty.
 */
import type { Langkah } from '../../schemas/langkah.ts';
import type { TableLayout } from '../layout.ts';
import type { FlowPage, FlowSymbol } from '../lembar-alur/index.ts';
import { rowPieces } from '../pieces.ts';
import { sukuKata } from '../suku-kata.ts';
import { gambarBaris } from './gambar-baris.ts';
import { attrs, type Html, html } from './html.ts';

export interface LembarAlurProps {
  page: FlowPage;
  layout: TableLayout;
  langkah: readonly Langkah[];
  pelaksana: readonly string[];
  namaSop: string;
  nomorSop: string | null;
  /** Printed page number and total, for the screen (paper gets them from the page margin). */
  halaman: number;
  jumlahHalaman: number;
  jumlahHalamanAlur: number;
  /** Step number → how far its text is shrunk because its row would be taller than a page. */
  perkecil: ReadonlyMap<number, number>;
  /** Decisions drawn in a roomy row so that their outcome labels have free space. */
  lega: ReadonlySet<number>;
}

const JENIS = { mulai: 'Mulai', proses: 'Proses', keputusan: 'Keputusan', selesai: 'Selesai' } as const;

/** What a pelaksana cell says to assistive technology about its symbol. */
function describeSymbol(symbol: FlowSymbol, stepByNo: ReadonlyMap<number, Langkah>): string {
  if (symbol.penghubung) {
    const { huruf, peran, langkah: ke, halamanPasangan } = symbol.penghubung;
    return peran === 'keluar'
      ? `Penghubung ${huruf}: bersambung ke langkah ${ke} di halaman bagan ${halamanPasangan}`
      : `Penghubung ${huruf}: sambungan dari halaman bagan ${halamanPasangan} menuju langkah ${ke}`;
  }
  const step = stepByNo.get(symbol.langkah ?? -1);
  if (!step) return '';
  const pilihan = step.pilihan?.map((item) => `${item.label}: ke langkah ${item.lanjutKe}`).join('; ');
  return pilihan ? `${JENIS[step.jenis]}. ${pilihan}` : JENIS[step.jenis];
}

/** Texts with soft hyphens at Indonesian syllable breaks, so narrow columns break words with a hyphen. */
const list = (items: readonly string[] | null | undefined) => (items ?? []).map(sukuKata);

/** A mutu baku cell's items: one as text, several as a list. */
function items(values: readonly string[] | null | undefined): Html | string | undefined {
  const all = list(values);
  return all.length > 1 ? html`<ul>${all.map((item) => html`<li>${item}</li>`)}</ul>` : all[0];
}

/** The sheet as HTML. */
export function lembarAlur(props: LembarAlurProps): Html {
  const { page, layout, langkah, pelaksana, namaSop, nomorSop, halaman, jumlahHalaman, jumlahHalamanAlur, perkecil, lega } = props;
  const stepByNo = new Map(langkah.map((step) => [step.no, step]));
  const pelaksanaWidth = layout.pelaksana * layout.pelaksanaCount;
  const judulId = `judul-alur-${page.nomor}`;
  const cols = [
    layout.no,
    layout.aktivitas,
    ...pelaksana.map(() => layout.pelaksana),
    layout.kelengkapan,
    layout.waktu,
    layout.output,
    layout.keterangan,
  ];
  const rows = page.rows.map((row, index) => {
    const symbols = page.symbols.filter((symbol) => symbol.row === index);
    const step = row.kind === 'langkah' ? stepByNo.get(row.langkah) : undefined;
    const mutu = step?.mutuBaku;
    const className = [
      row.kind === 'langkah' ? 'baris-langkah' : `baris-penghubung baris-penghubung-${row.side}`,
      step && perkecil.has(step.no) ? `perkecil-${perkecil.get(step.no)}` : '',
      step && lega.has(step.no) ? 'baris-lega' : '',
    ];
    const cells = pelaksana.map((_, col) => {
      const symbol = symbols.find((item) => item.col === col);
      return html`<td class="pelaksana"${attrs({ 'data-kolom': col })}>${col === 0 && gambarBaris(rowPieces(page, index), pelaksanaWidth)}${
        symbol && html`<span class="visually-hidden">${describeSymbol(symbol, stepByNo)}</span>`
      }</td>`;
    });
    const aktivitas =
      step &&
      (step.aktivitas.length === 1
        ? list(step.aktivitas)[0]
        : html`<ul>${list(step.aktivitas).map((item) => html`<li>${item}</li>`)}</ul>`);
    return html`<tr${attrs({ class: className, 'data-langkah': step?.no })}>${step ? html`<th scope="row">${step.no}</th>` : html`<td></td>`}<td class="aktivitas">${aktivitas}</td>${cells}<td class="kelengkapan">${items(mutu?.kelengkapan)}</td><td class="waktu">${mutu?.durasi?.teks}</td><td class="output">${items(mutu?.output)}</td><td class="keterangan">${step?.keterangan && sukuKata(step.keterangan)}</td></tr>`;
  });
  return html`<section class="lembar lembar-alur"${attrs({ 'aria-labelledby': judulId, 'data-halaman': halaman, 'data-halaman-alur': page.nomor })}><p class="judul-alur"${attrs({ id: judulId })}><span class="visually-hidden">Bagan alir, halaman ${page.nomor} dari ${jumlahHalamanAlur}: </span><strong>SOP ${namaSop}</strong>${
    nomorSop && html`<span> · Nomor ${nomorSop}</span>`
  }</p><section class="gulir-lembar"${attrs({ 'aria-label': `Tabel bagan alir halaman ${page.nomor}, dapat digulir` })} tabindex="0"><table class="dok-alur"><colgroup>${cols.map(
    (width) => html`<col${attrs({ width })}>`,
  )}</colgroup><thead><tr><th scope="col" rowspan="2">No</th><th scope="col" rowspan="2">Aktivitas</th><th scope="colgroup"${attrs({ colspan: pelaksana.length })}>Pelaksana</th><th scope="colgroup" colspan="3">Mutu Baku</th><th scope="col" rowspan="2">${sukuKata('Keterangan')}</th></tr><tr>${pelaksana.map(
    (nama, col) => html`<th scope="col" class="kepala-pelaksana"${attrs({ 'data-kolom': col })}>${sukuKata(nama)}</th>`,
  )}<th scope="col">${sukuKata('Kelengkapan')}</th><th scope="col">Waktu</th><th scope="col">Output</th></tr></thead><tbody>${rows}</tbody></table></section><p class="nomor-lembar no-print">Halaman ${halaman} dari ${jumlahHalaman}</p></section>`;
}
