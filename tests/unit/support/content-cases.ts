/**
 * The cases of issue 13, one fixture each, with every line the check prints for it (errors and warnings alike).
 * Each broken fixture is checked alone beside tests/fixtures/content-base/. Year limits move with the calendar.
 */

/** The last year a date may have (five years ahead), and this year (the latest a regulation can be from). */
const THIS_YEAR = new Date().getFullYear();
const LAST_YEAR = THIS_YEAR + 5;

/** tests/fixtures/broken/<collection>/<file> -> the exact lines of `sop:check` for it. */
export const BROKEN_CASES: Array<[fixture: string, lines: string[]]> = [
  [
    'sop/actor-other-case.mdx',
    [
      'sop/actor-other-case.mdx:30 langkah no 2 > pelaksana: pelaksana "kepala  seksi" ditulis berbeda dari "Kepala Seksi" dalam daftar pelaksana (spasi atau huruf besar); diharapkan persis "Kepala Seksi"',
    ],
  ],
  [
    'sop/body-angle-link.mdx',
    [
      `sop/body-angle-link.mdx:44 (isi MDX): tautan <https://jdih.example.go.id/uji> tidak dapat dipakai di MDX; tulis [judul tautan](https://jdih.example.go.id/uji) atau alamatnya saja tanpa < >`,
    ],
  ],
  [
    'sop/body-expression.mdx',
    [
      `sop/body-expression.mdx:44 (isi MDX): ekspresi {tahun} tidak dapat dihitung: SOP tidak menyediakan nilai apa pun; bila maksudnya teks biasa, tulis \\{tahun\\}`,
    ],
  ],
  [
    'sop/body-html-comment.mdx',
    [`sop/body-html-comment.mdx:44 (isi MDX): komentar HTML <!-- ... --> tidak dapat dipakai di MDX; tulis komentar sebagai {/* ... */}`],
  ],
  ['sop/body-import.mdx', [`sop/body-import.mdx:44 (isi MDX): baris import/export tidak dipakai dalam SOP; hapus baris ini`]],
  [
    'sop/body-less-than-number.mdx',
    [
      `sop/body-less-than-number.mdx:44 (isi MDX): tanda < sebelum "5" dibaca MDX sebagai awal tag; bila maksudnya teks biasa, tulis &lt;5 atau dengan kata, misalnya "kurang dari 5"`,
    ],
  ],
  [
    'sop/body-lone-brace.mdx',
    [
      `sop/body-lone-brace.mdx:44 (isi MDX): tanda { dibuka tetapi tidak ditutup; di MDX tanda { memulai ekspresi: bila maksudnya teks biasa, tulis \\{`,
    ],
  ],
  [
    'sop/body-stray-closing-tag.mdx',
    [`sop/body-stray-closing-tag.mdx:44 (isi MDX): tag penutup </div> tanpa tag pembuka <div>; hapus tag itu atau tambahkan pembukanya`],
  ],
  [
    'sop/body-unclosed-div.mdx',
    [
      `sop/body-unclosed-div.mdx:46 (isi MDX): tag <div> dibuka tetapi tidak ditutup; tambahkan </div>, atau bila maksudnya teks biasa tulis &lt;div>`,
    ],
  ],
  [
    'sop/body-unknown-component.mdx',
    [
      `sop/body-unknown-component.mdx:44 (isi MDX): komponen <Kotak> tidak dikenal: SOP hanya boleh memuat teks Markdown dan tag HTML biasa; hapus komponen itu, atau bila maksudnya teks biasa tulis &lt;Kotak>`,
    ],
  ],
  [
    'sop/comment-dashes-line-end.mdx',
    [
      `sop/comment-dashes-line-end.mdx:14 dasarHukum butir 2: peraturan "perda-tidak-ada-7-2021" tidak ada di content/regulasi/; diharapkan salah satu dari: perda-uji-1-2020`,
    ],
  ],
  [
    'sop/date-berlaku-before-pembuatan.mdx',
    [
      `sop/date-berlaku-before-pembuatan.mdx:9 tanggalBerlaku: tanggal berlaku 2023-12-01 lebih awal daripada tanggal pembuatan 2024-01-02; diharapkan SOP berlaku pada atau sesudah tanggal pembuatannya (periksa salah ketik)`,
    ],
  ],
  [
    'sop/date-february-31.mdx',
    [
      `sop/date-february-31.mdx:7 tanggalPembuatan: ditemukan 2023-02-31: tanggal 31 Februari 2023 tidak ada (Februari 2023 sampai tanggal 28); diharapkan tanggal yang ada di kalender`,
    ],
  ],
  [
    'sop/date-month-13.mdx',
    [
      `sop/date-month-13.mdx:7 tanggalPembuatan: ditemukan 2023-13-01: bulan 13 tidak ada; diharapkan bulan 01 sampai 12 (tahun-bulan-tanggal)`,
    ],
  ],
  [
    'sop/todo-left.mdx',
    [
      `sop/todo-left.mdx:5 nama: masih bertuliskan "TODO" dari sop:import; diharapkan isian yang sebenarnya (apa yang harus diisi tertulis di komentar # TODO di atasnya)`,
      `sop/todo-left.mdx:20 peringatan: masih bertuliskan "TODO: periksa dokumen sumber" dari sop:import; diharapkan isian yang sebenarnya (apa yang harus diisi tertulis di komentar # TODO di atasnya)`,
      `sop/todo-left.mdx:41 langkah no 3 > aktivitas butir 2: masih bertuliskan "TODO" dari sop:import; diharapkan isian yang sebenarnya (apa yang harus diisi tertulis di komentar # TODO di atasnya)`,
    ],
  ],
  [
    'sop/date-quoted-impossible.mdx',
    [
      `sop/date-quoted-impossible.mdx:9 tanggalBerlaku: ditemukan 2024-04-31: tanggal 31 April 2024 tidak ada (April 2024 sampai tanggal 30); diharapkan tanggal yang ada di kalender`,
    ],
  ],
  [
    'sop/date-revision-before-pembuatan.mdx',
    [
      `sop/date-revision-before-pembuatan.mdx:8 tanggalRevisi: tanggal revisi 2023-05-01 lebih awal daripada tanggal pembuatan 2024-01-02; diharapkan revisi sesudah SOP dibuat (periksa salah ketik)`,
    ],
  ],
  [
    'sop/date-with-offset.mdx',
    [
      `sop/date-with-offset.mdx:7 tanggalPembuatan: ditemukan 2023-06-27T01:00:00+07:00: tanggal dengan jam dan zona waktu dapat bergeser satu hari; diharapkan tanggal saja, misalnya 2023-06-27`,
    ],
  ],
  [
    'sop/date-year-far-future.mdx',
    [
      `sop/date-year-far-future.mdx:9 tanggalBerlaku: ditemukan 2204-02-01: tahun 2204 tidak masuk akal untuk SOP; diharapkan tahun 1945 sampai ${LAST_YEAR} (periksa salah ketik)`,
    ],
  ],
  [
    'sop/date-year-too-early.mdx',
    [
      `sop/date-year-too-early.mdx:7 tanggalPembuatan: ditemukan 1024-01-02: tahun 1024 tidak masuk akal untuk SOP; diharapkan tahun 1945 sampai ${LAST_YEAR} (periksa salah ketik)`,
    ],
  ],
  [
    'sop/duration-comma-in-flow.mdx',
    [
      `sop/duration-comma-in-flow.mdx:31 langkah no 2 > mutuBaku > durasi: ditemukan durasi: 1,5 jam di dalam { }: koma di sana memisahkan kolom, sehingga terbaca durasi 1 dan kolom "5 jam"; tulis dalam tanda petik: durasi: "1,5 jam"`,
    ],
  ],
  [
    'sop/duration-month.mdx',
    [
      `sop/duration-month.mdx:31 langkah no 2 > mutuBaku > durasi: durasi "1 bulan": "bulan" tidak dipakai karena panjangnya berbeda-beda (28 sampai 31 hari) dan tidak jelas hari kerja atau kalender; tulis dalam hari, misalnya "30 hari kalender" atau "22 hari kerja"`,
    ],
  ],
  [
    'sop/encoding-utf16be.mdx',
    [
      `sop/encoding-utf16be.mdx:1 (berkas): berkas tersimpan sebagai UTF-16 BE; diharapkan UTF-8: simpan ulang dengan encoding UTF-8 (misalnya di Notepad: Simpan Sebagai > Encoding: UTF-8)`,
    ],
  ],
  [
    'sop/encoding-utf16le.mdx',
    [
      `sop/encoding-utf16le.mdx:1 (berkas): berkas tersimpan sebagai UTF-16 LE; diharapkan UTF-8: simpan ulang dengan encoding UTF-8 (misalnya di Notepad: Simpan Sebagai > Encoding: UTF-8)`,
    ],
  ],
  [
    'sop/encoding-windows-1252.mdx',
    [
      `sop/encoding-windows-1252.mdx:18 (berkas): berkas bukan UTF-8: baris ini memuat byte 0xE9 (dalam Windows-1252: "é"), kemungkinan berkas disimpan sebagai Windows-1252/ANSI; simpan ulang dengan encoding UTF-8 (misalnya di Notepad: Simpan Sebagai > Encoding: UTF-8)`,
    ],
  ],
  [
    'sop/frontmatter-toml.mdx',
    [`sop/frontmatter-toml.mdx:1 (berkas): frontmatter ditulis sebagai TOML (+++); diharapkan YAML di antara dua baris "---"`],
  ],
  [
    'sop/frontmatter-unclosed.mdx',
    [
      `sop/frontmatter-unclosed.mdx:1 (berkas): frontmatter dibuka dengan "---" tetapi tidak ditutup; diharapkan baris "---" lagi sesudah isian YAML (di awal baris)`,
    ],
  ],
  [
    'sop/line-end-lone-cr.mdx',
    [
      `sop/line-end-lone-cr.mdx:18 (berkas): baris ini berakhir dengan CR saja; diharapkan akhir baris LF atau CRLF seperti baris lain: simpan ulang dengan akhir baris LF (Unix) atau CRLF (Windows)`,
    ],
  ],
  [
    'sop/line-ends-cr-only.mdx',
    [
      `sop/line-ends-cr-only.mdx:1 (berkas): akhir baris berkas ini hanya CR (format Mac lama), sehingga frontmatter tidak terbaca; diharapkan akhir baris LF atau CRLF: simpan ulang dengan akhir baris LF (Unix) atau CRLF (Windows)`,
    ],
  ],
  [
    'sop/nip-unquoted.mdx',
    [
      `sop/nip-unquoted.mdx:13 disahkanOleh > nip: ditemukan 197001011990031001 tanpa tanda petik: angka sepanjang ini dibaca YAML sebagai 197001011990031000 (angka terakhir berubah); tulis dalam tanda petik: "197001011990031001"`,
    ],
  ],
  [
    'sop/nomor-leading-zero.mdx',
    [
      `sop/nomor-leading-zero.mdx:3 nomor: ditemukan 061 tanpa tanda petik: YAML membacanya sebagai angka 61, angka 0 di depan hilang; bila nol itu bagian dari isian, tulis dalam tanda petik: "061"; bila bukan, tulis 61`,
    ],
  ],
  [
    'sop/related-self-by-id.mdx',
    [`sop/related-self-by-id.mdx:16 keterkaitan butir 1 > sop: SOP mengaitkan dirinya sendiri; diharapkan SOP lain`],
  ],
  [
    'sop/step-number-leading-zero.mdx',
    [`sop/step-number-leading-zero.mdx:27 langkah no 2 > no: ditemukan 02; diharapkan angka tanpa 0 di depan: tulis 2`],
  ],
  [
    'sop/warn-comment-cut.mdx',
    [
      `sop/warn-comment-cut.mdx:19 (berkas): peringatan: teks sesudah " #" dianggap komentar YAML dan tidak ikut terbaca: terbaca "Disimpan di lemari", "#3" hilang; bila "#3" bagian dari isian, tulis seluruhnya dalam tanda petik: "Disimpan di lemari #3"`,
    ],
  ],
  [
    'sop/warn-decision-same-target.mdx',
    [
      `sop/warn-decision-same-target.mdx:32 langkah no 2 > pilihan: peringatan: kedua pilihan langkah keputusan 2 ("Lengkap" dan "Tidak lengkap") menuju langkah 3; diharapkan dua pilihan menuju langkah yang berbeda, atau langkah ini berjenis proses`,
    ],
  ],
  [
    'sop/warn-nomor-spacing.mdx',
    [
      `sop/warn-nomor-spacing.mdx:3 nomor: peringatan: nomor SOP "UJI / 1 / 2024" sama dengan nomor SOP prosedur-uji ("UJI/1/2024") bila spasi diabaikan; periksa apakah keduanya SOP yang sama atau salah ketik`,
    ],
  ],
  [
    'sop/warn-pelaksana-case.mdx',
    [
      `sop/warn-pelaksana-case.mdx:20 pelaksana butir 3: peringatan: pelaksana "kepala  seksi" sama dengan "Kepala Seksi" bila spasi dan huruf besar diabaikan; diharapkan satu nama yang ditulis sama persis`,
    ],
  ],
  [
    'sop/warn-regulation-cited-twice.mdx',
    [
      `sop/warn-regulation-cited-twice.mdx:14 dasarHukum butir 2: peringatan: peraturan "perda-uji-1-2020" sudah dicantumkan pada butir 1; hapus salah satunya`,
    ],
  ],
  [
    'sop/warn-related-self.mdx',
    [
      `sop/warn-related-self.mdx:16 keterkaitan butir 1: peringatan: SOP mencantumkan dirinya sendiri ("SOP Prosedur Uji Terkait Diri") sebagai SOP terkait; diharapkan SOP lain`,
    ],
  ],
  [
    'sop/yaml-bad-indent.mdx',
    [
      `sop/yaml-bad-indent.mdx:12 (berkas): YAML tidak valid: indentasi (spasi di awal baris) tidak sejajar dengan kolom lain di tingkat yang sama; samakan jumlah spasinya`,
    ],
  ],
  [
    'sop/yaml-colon-in-step.mdx',
    [
      `sop/yaml-colon-in-step.mdx:29 (berkas): YAML tidak valid: isian aktivitas memuat ": " (titik dua lalu spasi), yang dibaca YAML sebagai kolom baru; tulis isian dalam tanda petik: aktivitas: "Memeriksa kelengkapan: KTP dan NPWP"`,
    ],
  ],
  [
    'sop/yaml-colon-in-text.mdx',
    [
      `sop/yaml-colon-in-text.mdx:18 (berkas): YAML tidak valid: isian peringatan memuat ": " (titik dua lalu spasi), yang dibaca YAML sebagai kolom baru; tulis isian dalam tanda petik: peringatan: "Perhatian: berkas harus lengkap"`,
    ],
  ],
  [
    'sop/yaml-duplicate-key.mdx',
    [
      `sop/yaml-duplicate-key.mdx:7 (berkas): YAML tidak valid: kolom "unit" ditulis dua kali; diharapkan setiap kolom sekali saja (hapus atau gabungkan salah satunya)`,
    ],
  ],
  [
    'sop/yaml-flow-unclosed.mdx',
    [
      `sop/yaml-flow-unclosed.mdx:21 (berkas): YAML tidak valid: di dalam { } atau [ ] ada isian yang tidak dipisahkan koma, atau kurung yang tidak ditutup; periksa koma dan kurung penutup pada baris ini atau sebelumnya`,
    ],
  ],
  [
    'sop/yaml-tab-indent.mdx',
    [
      `sop/yaml-tab-indent.mdx:11 (berkas): YAML tidak valid: indentasi memakai karakter tab; diharapkan spasi (YAML tidak menerima tab di awal baris)`,
    ],
  ],
  [
    'regulasi/regulation-colon-in-text.yaml',
    [
      `regulasi/regulation-colon-in-text.yaml:5 (berkas): YAML tidak valid: isian tentang memuat ": " (titik dua lalu spasi), yang dibaca YAML sebagai kolom baru; tulis isian dalam tanda petik: tentang: "Perubahan atas Perda: Contoh Pengujian"`,
    ],
  ],
  [
    'regulasi/regulation-filed-twice.yaml',
    [
      `regulasi/regulation-filed-twice.yaml:3 nomor: peringatan: peraturan ini (Perda 1 tahun 2020, Provinsi Contoh) juga tercatat sebagai perda-uji-1-2020; diharapkan satu berkas per peraturan: pakai satu id dan hapus yang lain`,
    ],
  ],
  [
    'regulasi/regulation-link-ftp.yaml',
    [
      `regulasi/regulation-link-ftp.yaml:7 tautan: ditemukan "ftp://example.go.id/perda.pdf"; diharapkan alamat web lengkap yang diawali https:// atau http://`,
    ],
  ],
  [
    'regulasi/regulation-link-javascript.yaml',
    [
      `regulasi/regulation-link-javascript.yaml:7 tautan: ditemukan "javascript:alert(1)"; diharapkan alamat web lengkap yang diawali https:// atau http://`,
    ],
  ],
  [
    'regulasi/regulation-nomor-empty.yaml',
    [
      `regulasi/regulation-nomor-empty.yaml:3 nomor: ditemukan ""; nomor kosong; diharapkan nomor peraturan persis seperti tertulis, misalnya 9 atau "061.1/Kep.201-Org/2020"`,
    ],
  ],
  [
    'regulasi/regulation-nomor-leading-zero.yaml',
    [
      `regulasi/regulation-nomor-leading-zero.yaml:3 nomor: ditemukan 061 tanpa tanda petik: YAML membacanya sebagai angka 61, angka 0 di depan hilang; bila nol itu bagian dari isian, tulis dalam tanda petik: "061"; bila bukan, tulis 61`,
    ],
  ],
  [
    'regulasi/regulation-year-2101.yaml',
    [
      `regulasi/regulation-year-2101.yaml:4 tahun: tahun 2101 belum tiba; diharapkan tahun penetapan paling lambat ${THIS_YEAR} (periksa salah ketik)`,
    ],
  ],
  [
    'instansi/encoding-windows-1252-office.yaml',
    [
      `instansi/encoding-windows-1252-office.yaml:7 (berkas): berkas bukan UTF-8: baris ini memuat byte 0xE9 (dalam Windows-1252: "é"), kemungkinan berkas disimpan sebagai Windows-1252/ANSI; simpan ulang dengan encoding UTF-8 (misalnya di Notepad: Simpan Sebagai > Encoding: UTF-8)`,
    ],
  ],
  [
    'instansi/warn-unit-twice.yaml',
    [
      `instansi/warn-unit-twice.yaml:7 unit butir 2 > nama: peringatan: unit "Bagian  uji" sudah tercatat pada butir 1; hapus salah satunya`,
    ],
  ],
];

/** tests/fixtures/odd-files/sop/: files the build does not read, each with its line. Checked together. */
export const ODD_FILE_LINES = [
  'sop/.#prosedur-uji.mdx:1 (berkas): peringatan: berkas kunci editor (dibuat Emacs selama berkas dibuka) diabaikan; hilang sendiri setelah berkas disimpan dan ditutup',
  'sop/.tersembunyi.mdx:1 (berkas): peringatan: berkas tersembunyi (nama diawali titik) tidak dibaca build dan diabaikan; bila ini SOP, hapus titik di awal nama',
  'sop/arsip.mdx:1 (berkas): peringatan: folder bernama "arsip.mdx" bukan berkas dan diabaikan; isinya tetap diperiksa',
  'sop/arsip.mdx/catatan.txt:1 (berkas): peringatan: berkas ini tidak dibaca build dan diabaikan; content/sop/ hanya membaca berkas .mdx',
  'sop/catatan-prosedur.md:1 (berkas): berkas .md tidak dibaca build; SOP harus berekstensi .mdx: ganti nama menjadi "catatan-prosedur.mdx"',
  'sop/draf-sop.docx:1 (berkas): peringatan: berkas Word tidak dibaca build dan diabaikan; jadikan SOP dengan: npm run sop:import -- "draf-sop.docx"',
  'sop/hilang.mdx:1 (berkas): tautan (symlink) menunjuk ke berkas yang tidak ada; hapus tautan ini atau pulihkan berkas tujuannya',
  'sop/peraturan-salah-folder.yaml:1 (berkas): berkas .yaml tidak dibaca di content/sop/; diharapkan di content/regulasi/ atau content/instansi/',
  'sop/prosedur-besar.MDX:1 (berkas): ekstensi ".MDX" ditulis dengan huruf besar sehingga build tidak membaca berkas ini; ganti nama menjadi "prosedur-besar.mdx"',
  'sop/prosedur-lama.mdx~:1 (berkas): peringatan: berkas cadangan atau sementara editor diabaikan',
];

/**
 * tests/fixtures/accepted/sop/: files offices really write, accepted without a word. `durasi` is what step 2's
 * duration must be read as; `data` the fields that must be read exactly as written.
 */
export const ACCEPTED_SOP_CASES: Array<[file: string, expected: { durasi?: object; data?: Record<string, unknown> }]> = [
  ['blank-first-line.mdx', {}],
  ['body-written-literally.mdx', {}],
  ['bom.mdx', {}],
  ['comment-rule-line.mdx', {}],
  ['crlf-line-ends.mdx', {}],
  ['delimiter-trailing-space.mdx', {}],
  ['duration-1-x-24-jam.mdx', { durasi: { teks: '1 x 24 jam', menit: 1440 } }],
  ['duration-1x24-jam.mdx', { durasi: { teks: '1x24 jam', menit: 1440 } }],
  ['duration-2-x-60-menit.mdx', { durasi: { teks: '2 x 60 menit', menit: 120 } }],
  ['duration-hari-kalender.mdx', { durasi: { teks: '5 hari kalender', menit: 1607.14, hari: 'kalender' } }],
  ['duration-number-in-words.mdx', { durasi: { teks: '3 (tiga) hari kerja', menit: 1350, hari: 'kerja' } }],
  ['duration-paling-lama.mdx', { durasi: { teks: 'paling lama 1 hari kerja', menit: 450, hari: 'kerja', batas: 'paling lama' } }],
  ['duration-plus-minus.mdx', { durasi: { teks: '± 30 menit', menit: 30, batas: 'perkiraan' } }],
  ['duration-range-units.mdx', { durasi: { teks: '30 menit - 1 jam', menit: 60, menitMinimum: 30 } }],
  ['duration-semicolon.mdx', { durasi: { teks: '30 menit;', menit: 30 } }],
  ['duration-thousands.mdx', { durasi: { teks: '1.440 menit', menit: 1440 } }],
  ['nip-quoted.mdx', { data: { disahkanOleh: { jabatan: 'Kepala Dinas Uji', nama: 'Nama Contoh', nip: '197001011990031001' } } }],
  ['nomor-quoted-zero.mdx', { data: { nomor: '062' } }],
];
