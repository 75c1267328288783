/**
 * The banner that tells a run its SOP changed (or left the site) since it started, from the build's list of each
 * SOP's current procedure hash (src/pages/checklist/versi.json.ts, fetched once per page).
 */
import type { RunRecord } from '../../db/database.ts';
import { paths } from '../../lib/url.ts';
import { h } from './dom.ts';

interface CurrentVersions {
  [sopId: string]: { versi: string; nama: string; tanggalRevisi: string | null } | undefined;
}

let versions: Promise<CurrentVersions> | undefined;
function currentVersions(): Promise<CurrentVersions> {
  versions ??= fetch(paths.checklistVersions()).then((response) => (response.ok ? response.json() : {}));
  return versions.catch(() => ({}));
}

/** A hidden banner, shown once the versions are known and the run's SOP differs from the site's. */
export function versionBanner(run: Pick<RunRecord, 'sopId' | 'sopVersi'>): HTMLElement {
  const banner = h('p', { class: 'pesan', 'data-kind': 'peringatan', hidden: true });
  void currentVersions().then((current) => {
    const now = current[run.sopId];
    if (!now) {
      banner.textContent = 'SOP ini tidak ada lagi di situs; pelaksanaan memakai salinan langkah saat dimulai.';
      banner.hidden = false;
    } else if (now.versi !== run.sopVersi) {
      banner.textContent =
        'SOP telah diperbarui sejak pelaksanaan ini dimulai. Pelaksanaan tetap memakai langkah saat dimulai; lihat SOP terbaru untuk perubahannya.';
      banner.hidden = false;
    }
  });
  return banner;
}
