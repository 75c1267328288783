/**
 * One sheet of the identity page (bagian identitas) of the official document, laid out as in Permenpan RB 35/2012:
 * the header (kop with the office's logo when it has one, number, dates, approval with room to sign, name) and the
 * pairs of boxes that fit on this sheet (src/dokumen/identitas.ts). A continuation sheet repeats the kop, Nomor SOP
 * and Nama SOP, marked "(lanjutan)". An unknown value leaves its box empty, to be filled in by hand.
 */
import type { SopView } from '../../domain/catalog.ts';
import { formatTanggal } from '../../domain/tanggal.ts';
import type { LembarKotak } from '../identitas.ts';
import { sukuKata } from '../suku-kata.ts';
import { attrs, type Html, html, type Part } from './html.ts';

/** What the kop needs of an SOP: its office and unit. */
export type KopSop = Pick<SopView, 'instansi'> & { data: Pick<SopView['data'], 'unit'> };

/**
 * The kop: the office's logo when it has one (a data URI), the regional government, the office and the unit. The
 * identity page and the printed monev form put it in their header cell.
 */
export function kop(sop: KopSop, logo: string | undefined): Html {
  const instansi = sop.instansi.data;
  return html`${logo && html`<img class="kop-logo"${attrs({ src: logo, alt: `Logo ${instansi.nama}` })}>`}<p class="kop-pemda">${instansi.pemerintahDaerah}</p><p class="kop-dinas">${instansi.nama}</p>${
    sop.data.unit && html`<p class="kop-unit">${sop.data.unit}</p>`
  }`;
}

/** A row of the header table beside the kop: a label and its cell (attributes and content). */
export interface BarisKepala {
  label: string;
  sel: Record<string, string | number | boolean | null | undefined>;
  isi: Part;
}

/**
 * The header table of an official sheet: the kop in the first column across all rows, each row a label and its
 * cell. The identity page and the printed monev form share it, so both have the same columns, kop and borders.
 */
export function tabelKepala(sop: KopSop, logo: string | undefined, rows: readonly BarisKepala[]): Html {
  const cells = rows.map(
    (row, index) =>
      html`<tr>${index === 0 && html`<td class="kop"${attrs({ rowspan: rows.length })}>${kop(sop, logo)}</td>`}<th scope="row">${row.label}</th><td${attrs(row.sel)}>${row.isi}</td></tr>`,
  );
  return html`<table class="dok-identitas"><colgroup><col class="kol-kop"><col class="kol-label"><col class="kol-isi"></colgroup><tbody>${cells}</tbody></table>`;
}

export interface LembarIdentitasProps {
  sop: SopView;
  kotak: LembarKotak;
  /** A continuation sheet: short header, "(lanjutan)". */
  lanjutan: boolean;
  /** Tighter type (9 pt) for long lists. */
  rapat: boolean;
  /** The logo as a data URI, when the office has one. */
  logo: string | undefined;
  /** Printed page number and total, for the screen (paper gets them from the page margin). */
  halaman: number;
  jumlahHalaman: number;
}

const tanggal = (iso: string | null) => (iso ? formatTanggal(iso) : '');

/** The sheet as HTML; `isi` goes after the boxes (the footer of the first sheet, a note on the last). */
export function lembarIdentitas(props: LembarIdentitasProps, isi?: Html): Html {
  const { sop, kotak, lanjutan, rapat, logo, halaman, jumlahHalaman } = props;
  const { data } = sop;
  const pengesah = data.disahkanOleh;
  const judulId = `judul-lembar-identitas-${halaman}`;
  const pengesahan = html`<p class="pengesah-jabatan">${pengesah?.jabatan ?? ''}</p><div class="ruang-tanda-tangan"></div><p class="pengesah-nama">${pengesah?.nama ?? ''}</p><p class="pengesah-nip">NIP. ${pengesah?.nip ?? ''}</p>`;
  const rows: BarisKepala[] = [
    { label: 'Nomor SOP', sel: { 'data-isian': 'nomor' }, isi: data.nomor ?? '' },
    ...(lanjutan
      ? []
      : [
          { label: 'Tanggal Pembuatan', sel: { 'data-isian': 'tanggal-pembuatan' }, isi: tanggal(data.tanggalPembuatan) },
          { label: 'Tanggal Revisi', sel: { 'data-isian': 'tanggal-revisi' }, isi: tanggal(data.tanggalRevisi) },
          { label: 'Tanggal Berlaku', sel: { 'data-isian': 'tanggal-berlaku' }, isi: tanggal(data.tanggalBerlaku) },
          { label: 'Disahkan oleh', sel: { class: 'pengesahan', 'data-isian': 'disahkan-oleh' }, isi: pengesahan },
        ]),
    {
      label: 'Nama SOP',
      sel: { class: 'nama-sop', 'data-isian': 'nama' },
      isi: html`${data.nama}${lanjutan && html`<span class="tanda-lanjutan"> (lanjutan)</span>`}`,
    },
  ];
  const boxes = kotak.pasangan.flat().map((box) => {
    if (!box.tampil) return html`<div class="kotak kotak-selesai"></div>`;
    const id = `kotak-${box.key}-${halaman}`;
    const content =
      box.isi &&
      (box.bernomor
        ? html`<ol${attrs({ start: box.mulai + 1 })}>${box.isi.map((item) => html`<li>${sukuKata(item)}</li>`)}</ol>`
        : box.isi.map((item) => html`<p>${sukuKata(item)}</p>`));
    return html`<section class="kotak"${attrs({ 'aria-labelledby': id, 'data-isian': box.key })}><h3${attrs({ id })}>${box.judul}${box.lanjutan ? ' (lanjutan)' : ''}:</h3>${content}</section>`;
  });
  return html`<section${attrs({
    class: ['lembar', 'lembar-identitas', rapat && 'identitas-rapat', lanjutan && 'identitas-lanjutan'],
    'aria-labelledby': judulId,
    'data-halaman': halaman,
  })}><h2${attrs({ id: judulId })} class="visually-hidden">Halaman identitas${lanjutan ? ' (lanjutan)' : ''}</h2>${tabelKepala(sop, logo, rows)}<div class="dok-kotak">${boxes}</div>${isi}<p class="nomor-lembar no-print">Halaman ${halaman} dari ${jumlahHalaman}</p></section>`;
}
