/**
 * The editor's "Dokumen resmi" panel: the official document of the SOP being edited, updated a moment after the
 * author stops typing (the rendering code loads on demand, dokumen-preview.ts), scaled to the panel's width or
 * shown at 100 %, and printed alone with "Cetak pratinjau".
 */
import type { Sop } from '../../schemas/sop.ts';
import { h } from './dom.ts';
import type { KonteksPenyunting } from './dokumen-preview.ts';
import './dokumen-pratinjau.css';

/** Quiet time after the last checked change before the document is drawn again (ms). */
const DELAY = 500;

export interface DokumenPanel {
  element: HTMLElement;
  /** The SOP as checked (undefined while it does not pass the schema): drawn after a quiet moment. */
  update(id: string, sop: Sop | undefined): void;
}

/** The panel, empty until the first update. */
export function dokumenPanel(site: KonteksPenyunting): DokumenPanel {
  const note = h('p', { class: 'muted', 'data-catatan-dokumen': '', role: 'status' });
  const sheets = h('div', { class: 'dokumen-resmi dokumen-pratinjau' });
  const scaled = h('div', { class: 'skala-dokumen' }, sheets);
  const frame = h(
    'div',
    {
      class: 'bingkai-dokumen',
      'data-pratinjau-dokumen': '',
      role: 'region',
      tabindex: 0,
      'aria-label': 'Pratinjau dokumen resmi (dapat digulir)',
    },
    scaled,
  );
  const actual = h(
    'button',
    { type: 'button', class: 'tombol kecil', 'aria-pressed': 'false', 'data-ukuran-asli': '' },
    'Ukuran asli (100 %)',
  );
  const print = h('button', { type: 'button', class: 'tombol kecil', 'data-cetak-pratinjau': '', disabled: true }, 'Cetak pratinjau');
  const element = h(
    'section',
    { class: 'pratinjau-dokumen', 'aria-labelledby': 'judul-dokumen-resmi' },
    h('h3', { id: 'judul-dokumen-resmi' }, 'Dokumen resmi'),
    note,
    h('div', { class: 'alat-dokumen' }, actual, print),
    frame,
  );

  const scaleToPanel = () => {
    // Printing: the sheets at their real size (the print styles take away the panel around them).
    const whole = actual.getAttribute('aria-pressed') === 'true' || document.documentElement.classList.contains('cetak-pratinjau');
    frame.dataset.skala = whole ? 'asli' : 'muat';
    const width = sheets.offsetWidth;
    const scale = whole || width === 0 ? 1 : Math.min(1, frame.clientWidth / width);
    sheets.style.transform = scale === 1 ? '' : `scale(${scale})`;
    scaled.style.height = scale === 1 ? '' : `${Math.ceil(sheets.offsetHeight * scale)}px`;
    frame.dataset.skalaNilai = scale.toFixed(3);
  };
  new ResizeObserver(scaleToPanel).observe(frame);
  actual.addEventListener('click', () => {
    actual.setAttribute('aria-pressed', String(actual.getAttribute('aria-pressed') !== 'true'));
    scaleToPanel();
  });
  // Marks the page so that only the document prints (dokumen-pratinjau.css), then opens the print dialog.
  print.addEventListener('click', () => {
    const root = document.documentElement;
    root.classList.add('cetak-pratinjau');
    scaleToPanel();
    window.addEventListener(
      'afterprint',
      () => {
        root.classList.remove('cetak-pratinjau');
        scaleToPanel();
      },
      { once: true },
    );
    window.print();
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: { id: string; sop: Sop } | undefined;
  let drawing: Promise<void> | undefined;
  let drawn = false;

  const draw = async (): Promise<void> => {
    while (latest) {
      const { id, sop } = latest;
      latest = undefined;
      frame.dataset.status = 'memuat';
      try {
        const { renderDokumen } = await import('./dokumen-preview.ts');
        const result = await renderDokumen(sheets, id, sop, site);
        drawn = true;
        print.disabled = false;
        note.textContent = `${result.lembarIdentitas} halaman identitas dan ${result.lembarAlur} halaman bagan alir, dipotong seperti cetakan situs.`;
        frame.dataset.lembarAlur = String(result.lembarAlur);
        frame.dataset.ms = String(result.ms);
        frame.dataset.msBagian = `ukur ${result.waktu.ukur}, tata ${result.waktu.tata}, gambar ${result.waktu.gambar}`;
        frame.dataset.status = latest ? 'memuat' : 'siap';
      } catch (error) {
        frame.dataset.status = 'galat';
        note.textContent = `Dokumen resmi tidak dapat digambar: ${error instanceof Error ? error.message : String(error)}`;
      }
      scaleToPanel();
    }
  };

  return {
    element,
    update(id, sop) {
      clearTimeout(timer);
      if (!sop) {
        latest = undefined;
        note.textContent = drawn
          ? 'Dokumen di bawah belum memuat perubahan terakhir: perbaiki galat di atas lebih dahulu.'
          : 'Dokumen resmi digambar setelah isian lolos pemeriksaan.';
        return;
      }
      frame.dataset.status = 'menunggu';
      timer = setTimeout(() => {
        latest = { id, sop };
        // Drawn when the browser is idle, so that typing always comes first.
        const start = (): void => {
          if (drawing) return;
          drawing = draw().finally(() => {
            drawing = undefined;
            if (latest) start();
          });
        };
        if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 1_000 });
        else start();
      }, DELAY);
    },
  };
}
