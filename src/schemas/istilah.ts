/**
 * Acronyms (istilah) that offices write in SOPs and regulations, one YAML file per office or for the whole site in
 * content/istilah/. The search matches them both ways (a search for "PK" finds "Perjanjian Kinerja" and the reverse)
 * and pages show them as <abbr>. List only terms whose long form is written somewhere in content/: the list
 * explains the content, it does not add to it (tests/unit/istilah.test.ts checks this for the real content).
 */
import { z } from 'astro/zod';
import { documented, teks } from './common.ts';

export const istilahEntrySchema = z.strictObject({
  singkatan: documented(teks.regex(/^\S+$/, { error: 'diharapkan satu kata tanpa spasi, misalnya "PK"' }), {
    arti: 'Singkatan seperti yang ditulis di SOP.',
    contoh: 'PK',
  }),
  kepanjangan: documented(teks, {
    arti: 'Kepanjangan singkatan, persis seperti ditulis di konten (SOP atau regulasi).',
    contoh: 'Perjanjian Kinerja',
  }),
});

export const istilahSchema = z.strictObject({
  istilah: documented(z.array(istilahEntrySchema).min(1, { error: 'diharapkan sedikitnya satu istilah' }), {
    arti: 'Daftar singkatan dan kepanjangannya.',
  }),
});

export type Istilah = z.output<typeof istilahEntrySchema>;
