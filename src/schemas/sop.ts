/**
 * An SOP Administrasi Pemerintahan (Permenpan RB 35/2012): the identity page, the pelaksana (the lanes of the
 * flowchart) and the steps. One MDX file per SOP in content/sop/; the frontmatter follows this schema, the body
 * holds free prose (purpose, notes, sources).
 *
 * Every field must be written. A field the source does not tell is written `null`: the site then shows
 * "belum tercatat" instead of inventing a value.
 */
import { z } from 'astro/zod';
import { checkFlow } from '../domain/step-graph.ts';
import { normalKey } from '../domain/text.ts';
import { belumTercatat, daftarTeks, documented, idSchema, tanggal, teks } from './common.ts';
import { langkahSchema } from './langkah.ts';

const nip = z.union([z.string(), z.number()], { error: 'diharapkan NIP 18 angka' }).transform((value, ctx) => {
  const digits = String(value).replace(/\s+/g, '');
  if (!/^\d{18}$/.test(digits)) {
    ctx.addIssue({ code: 'custom', message: 'diharapkan NIP 18 angka, boleh dengan spasi (19700101 199003 1 001)', input: value });
    return z.NEVER;
  }
  return digits;
});

export const pengesahSchema = z.strictObject({
  jabatan: documented(belumTercatat(teks), { arti: 'Jabatan yang mengesahkan.', contoh: 'Kepala Dinas' }),
  nama: documented(belumTercatat(teks), { arti: 'Nama pejabat.' }),
  nip: documented(belumTercatat(nip), { arti: 'NIP pejabat.', format: '18 angka' }),
});

/** A related SOP: its title as written (matched by name), or `{ sop: id }` for an SOP on this site. */
export const keterkaitanSchema = z.union([teks, z.strictObject({ sop: idSchema })], {
  error: 'diharapkan judul SOP (teks) atau { sop: id-sop }',
});

export const sopFields = {
  nomor: documented(belumTercatat(z.union([teks, z.number().transform(String)], { error: 'diharapkan nomor SOP berupa teks' })), {
    arti: 'Nomor SOP persis seperti pada dokumen.',
    format: 'teks; null bila belum tercatat',
    contoh: '62/46/SEKRT/2023',
  }),
  nama: documented(teks, { arti: 'Nama SOP.', contoh: 'Penyusunan Perjanjian Kinerja (PK)' }),
  instansi: documented(idSchema, {
    arti: 'Instansi penyusun: nama berkas di content/instansi/ tanpa .yaml.',
    contoh: 'dpmptsp-jabar',
  }),
  unit: documented(belumTercatat(teks), {
    arti: 'Unit kerja penyusun; harus salah satu unit instansi.',
    format: 'teks; null bila belum tercatat',
    contoh: 'Sekretariat',
  }),
  tanggalPembuatan: documented(belumTercatat(tanggal), {
    arti: 'Tanggal SOP selesai dibuat.',
    format: 'YYYY-MM-DD atau "27 Juni 2023"; null bila belum tercatat',
    contoh: '2023-06-27',
  }),
  tanggalRevisi: documented(belumTercatat(tanggal), {
    arti: 'Tanggal revisi terakhir.',
    format: 'YYYY-MM-DD; null bila belum tercatat',
    contoh: null,
  }),
  tanggalBerlaku: documented(belumTercatat(tanggal), {
    arti: 'Tanggal mulai berlaku (efektif).',
    format: 'YYYY-MM-DD; null bila belum tercatat',
    contoh: '2023-06-27',
  }),
  disahkanOleh: documented(belumTercatat(pengesahSchema), {
    arti: 'Pejabat yang mengesahkan: jabatan, nama, NIP.',
    format: '{ jabatan, nama, nip }; null bila belum tercatat',
  }),
  dasarHukum: documented(belumTercatat(z.array(idSchema)), {
    arti: 'Dasar hukum: id peraturan di content/regulasi/, berurutan seperti pada dokumen.',
    format: 'daftar id; null bila belum tercatat',
    contoh: ['permen-panrb-53-2014', 'pergub-jabar-9-2013'],
  }),
  kualifikasiPelaksana: documented(belumTercatat(daftarTeks), {
    arti: 'Kualifikasi pelaksana: pengetahuan dan keterampilan yang dibutuhkan.',
    format: 'daftar teks; null bila belum tercatat',
    contoh: ['Memahami penyusunan Cascading'],
  }),
  keterkaitan: documented(belumTercatat(z.array(keterkaitanSchema)), {
    arti: 'SOP terkait: judul SOP (dicocokkan dengan SOP di situs) atau { sop: id } untuk menautkan langsung.',
    format: 'daftar; null bila belum tercatat',
    contoh: ['SOP Peminjaman Ruang Rapat'],
  }),
  peralatanPerlengkapan: documented(belumTercatat(daftarTeks), {
    arti: 'Peralatan/perlengkapan yang dibutuhkan.',
    format: 'daftar teks; null bila belum tercatat',
    contoh: ['Komputer/Printer/Scanner', 'ATK'],
  }),
  peringatan: documented(belumTercatat(teks), {
    arti: 'Peringatan: akibat bila SOP tidak dilaksanakan.',
    format: 'teks; null bila belum tercatat',
  }),
  pencatatanPendataan: documented(belumTercatat(teks), {
    arti: 'Pencatatan dan pendataan: bagaimana hasil SOP disimpan.',
    format: 'teks; null bila belum tercatat',
  }),
  pelaksana: documented(belumTercatat(z.array(teks).min(1, { error: 'diharapkan sedikitnya satu pelaksana' })), {
    arti: 'Pelaksana (kolom/lajur bagan alir), berurutan dari kiri ke kanan.',
    format: 'daftar nama; null bila prosedur belum tercatat',
    contoh: ['Kepala Dinas', 'Sekretaris', 'Tim Perencanaan'],
  }),
  langkah: documented(belumTercatat(z.array(langkahSchema).min(2, { error: 'diharapkan sedikitnya dua langkah (mulai dan selesai)' })), {
    arti: 'Langkah-langkah prosedur, berurutan seperti tabel bagan alir.',
    format: 'daftar langkah; null bila prosedur belum tercatat',
  }),
};

type Refinement = Parameters<ReturnType<typeof z.strictObject<typeof sopFields>>['superRefine']>[0];
type RefinementCtx = Parameters<Refinement>[1];

function reporter(ctx: RefinementCtx) {
  return (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message, params: { lengkap: true } });
}

/**
 * Pelaksana names: unique, and every step's pelaksana declared. Runs even when other fields failed (an author
 * fixing a draft sees an unknown step kind and an undeclared pelaksana in one run), so it reads the raw shape
 * defensively.
 */
function checkPelaksana(sop: unknown, ctx: RefinementCtx): void {
  const problem = reporter(ctx);
  const { pelaksana, langkah } = (sop ?? {}) as { pelaksana?: unknown; langkah?: unknown };
  const names = Array.isArray(pelaksana) && pelaksana.every((name) => typeof name === 'string') ? (pelaksana as string[]) : undefined;
  if (names) {
    const seen = new Set<string>();
    names.forEach((nama, i) => {
      if (seen.has(nama)) problem(['pelaksana', i], `pelaksana "${nama}" ditulis dua kali; diharapkan nama yang unik`);
      seen.add(nama);
    });
  }
  if (!Array.isArray(langkah)) return;
  if (pelaksana === null) {
    problem(['pelaksana'], 'ditemukan null padahal langkah tercatat; diharapkan daftar pelaksana yang dipakai langkah');
    return;
  }
  if (!names) return;
  const declared = new Set(names.map((nama) => nama.trim()));
  langkah.forEach((step: unknown, i) => {
    const nama = (step as { pelaksana?: unknown } | null)?.pelaksana;
    if (typeof nama === 'string' && !declared.has(nama.trim())) {
      const meant = names.find((candidate) => normalKey(candidate) === normalKey(nama));
      if (meant) {
        problem(
          ['langkah', i, 'pelaksana'],
          `pelaksana "${nama}" ditulis berbeda dari "${meant}" dalam daftar pelaksana (spasi atau huruf besar); diharapkan persis "${meant}"`,
        );
        return;
      }
      problem(
        ['langkah', i, 'pelaksana'],
        `pelaksana "${nama}" tidak ada dalam daftar pelaksana; diharapkan salah satu dari: ${names.join(', ')}`,
      );
    }
  });
}

/** Dates in the order they happen: made, then revised, then in force (a later revision may come into force later). */
const checkUrutanTanggal: Refinement = (sop, ctx) => {
  const problem = reporter(ctx);
  const { tanggalPembuatan: dibuat, tanggalRevisi: revisi, tanggalBerlaku: berlaku } = sop;
  if (dibuat && berlaku && berlaku < dibuat) {
    problem(
      ['tanggalBerlaku'],
      `tanggal berlaku ${berlaku} lebih awal daripada tanggal pembuatan ${dibuat}; diharapkan SOP berlaku pada atau sesudah tanggal pembuatannya (periksa salah ketik)`,
    );
  }
  if (dibuat && revisi && revisi < dibuat) {
    problem(
      ['tanggalRevisi'],
      `tanggal revisi ${revisi} lebih awal daripada tanggal pembuatan ${dibuat}; diharapkan revisi sesudah SOP dibuat (periksa salah ketik)`,
    );
  }
};

/** The flow: only judged once every step parsed, since it needs their kinds and numbers. */
const checkSopFlow: Refinement = (sop, ctx) => {
  if (!sop.langkah || !sop.pelaksana) return;
  const problem = reporter(ctx);
  for (const flowProblem of checkFlow(sop.langkah.map((step) => ({ ...step, menit: step.mutuBaku.durasi?.menit })))) {
    problem(['langkah', ...flowProblem.path], flowProblem.pesan);
  }
};

export const sopSchema = z
  .strictObject(sopFields)
  .superRefine(checkPelaksana, { when: () => true })
  .superRefine(checkSopFlow)
  .superRefine(checkUrutanTanggal);

export type Sop = z.output<typeof sopSchema>;
