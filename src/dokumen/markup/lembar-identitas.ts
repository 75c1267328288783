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
import { attrs, type Html, html } from './html.ts';

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
  const tanggalTanggal =
    !lanjutan &&
    html`<tr><th scope="row">Tanggal Pembuatan</th><td data-isian="tanggal-pembuatan">${tanggal(data.tanggalPembuatan)}</td></tr><tr><th scope="row">Tanggal Revisi</th><td data-isian="tanggal-revisi">${tanggal(data.tanggalRevisi)}</td></tr><tr><th scope="row">Tanggal Berlaku</th><td data-isian="tanggal-berlaku">${tanggal(data.tanggalBerlaku)}</td></tr><tr><th scope="row">Disahkan oleh</th><td class="pengesahan" data-isian="disahkan-oleh"><p class="pengesah-jabatan">${pengesah?.jabatan ?? ''}</p><div class="ruang-tanda-tangan"></div><p class="pengesah-nama">${pengesah?.nama ?? ''}</p><p class="pengesah-nip">NIP. ${pengesah?.nip ?? ''}</p></td></tr>`;
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
  })}><h2${attrs({ id: judulId })} class="visually-hidden">Halaman identitas${lanjutan ? ' (lanjutan)' : ''}</h2><table class="dok-identitas"><colgroup><col class="kol-kop"><col class="kol-label"><col class="kol-isi"></colgroup><tbody><tr><td class="kop"${attrs({ rowspan: lanjutan ? 2 : 6 })}>${kop(sop, logo)}</td><th scope="row">Nomor SOP</th><td data-isian="nomor">${data.nomor ?? ''}</td></tr>${tanggalTanggal}<tr><th scope="row">Nama SOP</th><td class="nama-sop" data-isian="nama">${data.nama}${
    lanjutan && html`<span class="tanda-lanjutan"> (lanjutan)</span>`
  }</td></tr></tbody></table><div class="dok-kotak">${boxes}</div>${isi}<p class="nomor-lembar no-print">Halaman ${halaman} dari ${jumlahHalaman}</p></section>`;
}
