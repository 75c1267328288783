import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check.ts';
import { diagramSource } from '../../src/diagram/diagrams.ts';
import { escapeLabel, MAX_LABEL_LENGTH, swimlaneText } from '../../src/diagram/swimlane.ts';

const { catalog } = await checkContent(path.resolve('tests/fixtures/site-seed'), path.resolve('.'));

describe('the seed SOP diagram text', () => {
  it('is exactly this swimlane: lanes in declared order, shapes by kind, labelled decision edges', () => {
    const sop = catalog.sopById.get('penyusunan-cascading');
    expect(sop && diagramSource(sop)?.text).toBe(`swimlane-beta TB
  accTitle: Bagan alir SOP Penyusunan Cascading
  accDescr: 11 langkah dalam 5 lajur pelaksana: Kepala Dinas, Sekretaris, Tim Perencanaan, Tim Urusan / Sekretariat, Biro Organisasi. Rincian setiap langkah ada pada tabel langkah.
  subgraph L1["Kepala Dinas"]
    s1(["1. Mendisposisi penyusunan cascading"])
    s10["10. Mencermati dan memvalidasi dokumen cascading"]
  end
  subgraph L2["Sekretaris"]
    s6["6. Melakukan rapat koordinasi lingkup Dinas"]
    s9["9. Mereview dokumen cascading"]
  end
  subgraph L3["Tim Perencanaan"]
    s2["2. • Melakukan pembahasan penyusunan Cascading<br>• Melakukan penyiapan data dan informasi yang dibutuhkan"]
    s3["3. Membuat draft nota dinas, format cascading dan mendistribusikan ke Koordinator Urusan"]
    s5["5. menyusun rancangan cascading"]
    s8["8. Melakukan penyesuaian dokumen cascading sesuai arahan Biro Organisasi (apabila diperlukan)"]
    s11(["11. Menyerahkan Dokumen cascading"])
  end
  subgraph L4["Tim Urusan / Sekretariat"]
    s4["4. Menerima dan mengisi format cascading"]
  end
  subgraph L5["Biro Organisasi"]
    s7{"7. Melakukan verifikasi dan validasi Dokumen cascading"}
  end
  s1 --> s2
  s2 --> s3
  s3 --> s4
  s4 --> s5
  s5 --> s6
  s6 --> s7
  s7 -->|"Sesuai"| s9
  s7 -->|"Perlu penyesuaian"| s8
  s8 --> s9
  s9 --> s10
  s10 --> s11
`);
  });

  it('is not made for an SOP whose steps are not recorded', () => {
    const sop = catalog.sopById.get('penyusunan-perjanjian-kinerja');
    expect(sop && diagramSource(sop)).toBeUndefined();
  });
});

describe('escaping', () => {
  it('writes quotes, angle brackets and would-be entity codes as numeric codes, and nothing else', () => {
    expect(escapeLabel('Menerima "berkas" [asli] {x} (y) a|b; c<d & e>f')).toBe(
      'Menerima #34;berkas#34; [asli] {x} (y) a|b; c#60;d & e#62;f',
    );
    expect(escapeLabel('Nomor #12; dan #abc; tetapi # saja')).toBe('Nomor #35;12; dan #35;abc; tetapi # saja');
  });

  it('turns line breaks into <br> and squeezes spaces', () => {
    expect(escapeLabel('  baris satu \n  baris   dua ')).toBe('baris satu<br>baris dua');
  });

  it('shortens very long activities at a word, keeping the step number', () => {
    const text = swimlaneText({
      nama: 'Uji',
      pelaksana: ['A'],
      langkah: [
        { no: 1, jenis: 'mulai', pelaksana: 'A', aktivitas: ['kata '.repeat(80)] },
        { no: 2, jenis: 'selesai', pelaksana: 'A', aktivitas: ['Selesai'] },
      ],
    });
    const label = /s1\(\["(.*)"\]\)/.exec(text)?.[1] ?? '';
    expect(label.startsWith('1. kata kata')).toBe(true);
    expect(label.endsWith('kata…')).toBe(true);
    expect(label.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
  });
});
