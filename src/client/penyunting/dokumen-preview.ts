/**
 * The official document of the SOP being edited, rendered in the editor from the same code as /sop/<id>/dokumen/:
 * the markup of src/dokumen/markup/, the geometry of src/dokumen/, and row heights measured as the build measures
 * them (the same measurement table, stylesheets and font, laid out by this browser instead of the build's
 * Chromium). Loaded on demand by the editor's document panel (dokumen-panel.ts), so the editor opens without it.
 */
import '../../components/dokumen/inter-cetak.css';
import '../../components/dokumen/dokumen.css';
import '../../components/dokumen/identitas.css';
import '../../components/dokumen/alur.css';
import '../../components/dokumen/cetak.css';
import type { SiteContext } from '../../content-check/check-file.ts';
import { buildCatalog } from '../../domain/catalog.ts';
import { dokumenAlur, tabelTeks } from '../../dokumen/dokumen.ts';
import { tableLayout } from '../../dokumen/layout.ts';
import { dokumenResmi, type KonteksDokumen, versiDokumen } from '../../dokumen/markup/dokumen-resmi.ts';
import { bacaUkuran, type TabelTeks, tabelUkurHtml, type Ukuran } from '../../dokumen/ukur-tabel.ts';
import { paths } from '../../lib/url.ts';
import type { Sop } from '../../schemas/sop.ts';

/** The site context of the editor, with what the document needs (penyunting/konteks.json). */
export type KonteksPenyunting = SiteContext & { dokumen?: KonteksDokumen };

/** What a rendering produced, for the panel's note and for tests. */
export interface HasilDokumen {
  lembarIdentitas: number;
  lembarAlur: number;
  /** Whether the pages were cut from heights measured in this page (always, once the font is loaded). */
  terukur: boolean;
  /** Time taken to measure, lay out and render (ms), and its parts. */
  ms: number;
  waktu: { ukur: number; tata: number; gambar: number };
}

const DEFAULT_DOKUMEN: KonteksDokumen = { barisPerHalaman: 8, situs: null, logo: {} };
/** The faces the table uses: regular text, semibold step numbers, bold headers and connector letters, italic labels. */
const FACES = ['400 12px', '600 12px', '700 11px', 'italic 400 11px'];

let stage: HTMLElement | undefined;
const measured = new Map<string, Ukuran>();

/** The off-screen element the measurement table is laid out in (inside `.dokumen-resmi`, as in the build). */
function measuringStage(): HTMLElement {
  if (!stage?.isConnected) {
    stage = document.createElement('div');
    stage.className = 'dokumen-resmi ukur-dokumen';
    stage.setAttribute('aria-hidden', 'true');
    document.body.append(stage);
  }
  return stage;
}

/** The table's heights as this browser lays them out, cached by everything that decides them. */
async function measure(tabel: TabelTeks): Promise<Ukuran | undefined> {
  const layout = tableLayout(tabel.pelaksana.length);
  const key = JSON.stringify([tabel, layout.pelaksana]);
  const known = measured.get(key);
  if (known) return known;
  const text = [
    ...tabel.pelaksana,
    ...tabel.baris.flatMap((row) => [
      ...row.aktivitas,
      ...(row.kelengkapan ?? []),
      ...(row.output ?? []),
      row.keterangan ?? '',
      row.waktu ?? '',
    ]),
  ].join(' ');
  // The faces load only when asked for: ask for each with this text, so every subset it needs is there.
  await Promise.all(
    FACES.map((face) => document.fonts.load(`${face} "Inter Cetak"`, `${text}No Aktivitas Pelaksana Mutu Baku Keterangan`)),
  );
  await document.fonts.ready;
  const target = measuringStage();
  target.innerHTML = tabelUkurHtml(tabel, layout, 0);
  const [ukuran] = bacaUkuran(target);
  target.replaceChildren();
  if (!ukuran) return undefined;
  if (measured.size > 40) measured.clear();
  measured.set(key, ukuran);
  return ukuran;
}

let qr: typeof import('../../dokumen/qr.ts') | undefined;

/**
 * Renders the official document of `sop` (file name `id`, checked with the build's rules) into `target`, which
 * must be a `.dokumen-resmi` element. The office, unit, regulations and related SOPs resolve against the site
 * context as the build resolves them.
 */
export async function renderDokumen(target: HTMLElement, id: string, sop: Sop, site: KonteksPenyunting): Promise<HasilDokumen> {
  const started = performance.now();
  const konteks = site.dokumen ?? DEFAULT_DOKUMEN;
  const others = site.sop.filter((entry) => entry.id !== id);
  const view = buildCatalog({ ...site, sop: [...others, { id, data: sop }] }).sopById.get(id);
  if (!view) throw new Error(`instansi "${sop.instansi}" tidak dikenal situs ini`);
  const tabel = tabelTeks(view);
  const ukuran = tabel ? await measure(tabel) : undefined;
  const measuredAt = performance.now();
  const alur = dokumenAlur(view, konteks.barisPerHalaman, { ukuran: () => ukuran });
  const laidOutAt = performance.now();
  const versi = versiDokumen(id, sop);
  let cek: { alamat: string; qr: string } | undefined;
  if (konteks.situs) {
    qr ??= await import('../../dokumen/qr.ts');
    const alamat = qr.alamatCek(konteks.situs, paths.sop(id), versi);
    cek = { alamat, qr: await qr.qrSvg(alamat) };
  }
  const dokumen = dokumenResmi({ sop: view, alur, logo: konteks.logo[view.instansi.id], versi, cek });
  if (changed(target, dokumen.html.text)) target.innerHTML = dokumen.html.text;
  const done = performance.now();
  return {
    lembarIdentitas: dokumen.lembarIdentitas,
    lembarAlur: dokumen.lembarAlur,
    terukur: Boolean(alur?.terukur),
    ms: Math.round(done - started),
    waktu: { ukur: Math.round(measuredAt - started), tata: Math.round(laidOutAt - measuredAt), gambar: Math.round(done - laidOutAt) },
  };
}

const rendered = new WeakMap<HTMLElement, string>();

/** Whether `html` differs from what was last put into `target` (re-rendering the same would only lose scrolling). */
function changed(target: HTMLElement, html: string): boolean {
  if (rendered.get(target) === html) return false;
  rendered.set(target, html);
  return true;
}
