/**
 * All sheets of an SOP's official document as HTML: the identity sheets (the first with the footer that names the
 * procedure version and, where the site's address is known, its QR code), then the flowchart sheets. The page
 * /sop/<id>/dokumen/ and the editor's preview both render it, so they cannot differ.
 */
import type { SopView } from '../../domain/catalog.ts';
import { snapshotOf } from '../../domain/checklist.ts';
import { versiProsedur } from '../../domain/versi.ts';
import { judulRegulasi } from '../../domain/regulasi.ts';
import type { DokumenAlur } from '../dokumen.ts';
import { type Kotak, tataIdentitas } from '../identitas.ts';
import { attrs, type Html, html, raw } from './html.ts';
import { lembarAlur } from './lembar-alur.ts';
import { lembarIdentitas } from './lembar-identitas.ts';

const asList = (value: readonly string[] | string | null) => (value === null ? null : typeof value === 'string' ? [value] : value);

/** The identity page's three pairs of boxes, left and right, in the order of the standard. */
export function kotakIdentitas(sop: Pick<SopView, 'data' | 'dasarHukum' | 'keterkaitan'>): [Kotak, Kotak][] {
  const { data } = sop;
  return [
    [
      {
        key: 'dasar-hukum',
        judul: 'Dasar Hukum',
        isi: sop.dasarHukum?.map((regulasi) => judulRegulasi(regulasi.data)) ?? null,
        bernomor: true,
      },
      { key: 'kualifikasi', judul: 'Kualifikasi Pelaksana', isi: asList(data.kualifikasiPelaksana), bernomor: true },
    ],
    [
      { key: 'keterkaitan', judul: 'Keterkaitan', isi: sop.keterkaitan?.map((item) => item.judul) ?? null, bernomor: true },
      { key: 'peralatan', judul: 'Peralatan/Perlengkapan', isi: asList(data.peralatanPerlengkapan), bernomor: true },
    ],
    [
      { key: 'peringatan', judul: 'Peringatan', isi: asList(data.peringatan), bernomor: false },
      { key: 'pencatatan', judul: 'Pencatatan dan Pendataan', isi: asList(data.pencatatanPendataan), bernomor: false },
    ],
  ];
}

/** What the editor's preview needs from the build besides the content (published in penyunting/konteks.json). */
export interface KonteksDokumen {
  /** LAJUR_ROWS_PER_PAGE of the build. */
  barisPerHalaman: number;
  /** The public origin (LAJUR_SITE), for the QR code; null when not set. */
  situs: string | null;
  /** Office id → its logo as a data URI, for offices that have one. */
  logo: Record<string, string>;
}

/** The procedure version printed in the footer: the one a checklist run records. */
export function versiDokumen(id: string, data: SopView['data']): string {
  return snapshotOf(id, data)?.sopVersi ?? versiProsedur(data);
}

export interface DokumenResmiInput {
  sop: SopView;
  /** The flowchart table's pages (src/dokumen/dokumen.ts), null when the steps are not recorded. */
  alur: DokumenAlur | null;
  /** The office's logo as a data URI. */
  logo?: string;
  /** The procedure version printed in the footer (src/domain/versi.ts). */
  versi: string;
  /** The address a printed copy is checked at, with its QR code as SVG, where the site's address is known. */
  cek?: { alamat: string; qr: string };
}

/** The footer of the first identity sheet: QR code, the address to check a copy at, the procedure version. */
function kakiDokumen(versi: string, cek: DokumenResmiInput['cek']): Html {
  // The address as printed: the page alone (the version is printed beside it; the QR code carries both).
  const halaman = cek?.alamat.replace(/\?.*$/, '') ?? '';
  const alamat = halaman.split(/(?<=\/)/).map((part, n) => (n === 0 ? part : [html`<wbr>`, part]));
  return html`<footer class="kaki-dokumen"${attrs({ 'data-versi': versi })}>${cek && raw(cek.qr)}<p>${
    cek && html`Periksa salinan ini dengan versi terbaru: <span class="alamat-cek">${alamat}</span><br>`
  }Versi prosedur ${versi}</p></footer>`;
}

/** The sheets, and how many there are (identity and flowchart). */
export function dokumenResmi(input: DokumenResmiInput): { html: Html; lembarIdentitas: number; lembarAlur: number } {
  const { sop, alur, logo, versi, cek } = input;
  const { data } = sop;
  const identitas = tataIdentitas(kotakIdentitas(sop));
  const halamanAlur = alur?.flowchart.pages ?? [];
  const jumlahHalaman = identitas.lembar.length + halamanAlur.length;
  const sheets = identitas.lembar.map((kotak, i) =>
    lembarIdentitas(
      { sop, kotak, lanjutan: i > 0, rapat: identitas.rapat, logo, halaman: i + 1, jumlahHalaman },
      html`${!alur && i === identitas.lembar.length - 1 && html`<p class="prosedur-belum">Prosedur (bagan alir) SOP ini belum tercatat.</p>`}${
        i === 0 && kakiDokumen(versi, cek)
      }`,
    ),
  );
  const flow = alur
    ? halamanAlur.map((page, i) =>
        lembarAlur({
          page,
          layout: alur.layout,
          langkah: data.langkah ?? [],
          pelaksana: data.pelaksana ?? [],
          namaSop: data.nama,
          nomorSop: data.nomor,
          halaman: identitas.lembar.length + i + 1,
          jumlahHalaman,
          jumlahHalamanAlur: halamanAlur.length,
          perkecil: alur.perkecil,
          lega: alur.lega,
        }),
      )
    : [];
  return { html: html`${sheets}${flow}`, lembarIdentitas: identitas.lembar.length, lembarAlur: halamanAlur.length };
}
