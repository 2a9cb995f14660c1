import { describe, expect, it } from "vitest";
import {
  atasanPejabatPenilai,
  bangunHierarki,
  bawahanLangsung,
  berlakuPada,
  jabatanDefinitif,
  pejabatPenilai,
  pemangkuJabatan,
  type OpsiHierarki,
  type Penugasan,
  type SimpulJabatan,
} from "./hierarki";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

// Pohon contoh:
// sekda (JPT)
//  ├─ kadis (JPT)
//  │   ├─ sekdin (ADMINISTRATOR)
//  │   │   └─ kasubbag (PENGAWAS)
//  │   │       └─ pelaksana (PELAKSANA, dua pemangku)
//  │   └─ kabid (ADMINISTRATOR)           ← kosong, ada Plt dari sekdin
//  │       ├─ jf (FUNGSIONAL)
//  │       └─ kasi (PENGAWAS)             ← kosong tanpa Plt
//  │           └─ staf (PELAKSANA)
//  └─ kaban (JPT)
const J: SimpulJabatan[] = [
  { id: "sekda", parentId: null, jenis: "JPT" },
  { id: "kadis", parentId: "sekda", jenis: "JPT" },
  { id: "sekdin", parentId: "kadis", jenis: "ADMINISTRATOR" },
  { id: "kasubbag", parentId: "sekdin", jenis: "PENGAWAS" },
  { id: "pelaksana", parentId: "kasubbag", jenis: "PELAKSANA" },
  { id: "kabid", parentId: "kadis", jenis: "ADMINISTRATOR" },
  { id: "jf", parentId: "kabid", jenis: "FUNGSIONAL" },
  { id: "kasi", parentId: "kabid", jenis: "PENGAWAS" },
  { id: "staf", parentId: "kasi", jenis: "PELAKSANA" },
  { id: "kaban", parentId: "sekda", jenis: "JPT" },
];

const tugas = (
  pegawaiId: string,
  jabatanId: string,
  jenis: Penugasan["jenis"] = "DEFINITIF",
  mulai = "2020-01-01",
  selesai: string | null = null,
): Penugasan => ({ pegawaiId, jabatanId, jenis, tmtMulai: d(mulai), tmtSelesai: selesai ? d(selesai) : null });

const P: Penugasan[] = [
  tugas("Sekda", "sekda"),
  tugas("Kadis", "kadis"),
  tugas("Sekdin", "sekdin"),
  tugas("Kasubbag", "kasubbag"),
  tugas("Pel1", "pelaksana"),
  tugas("Pel2", "pelaksana"),
  tugas("Sekdin", "kabid", "PLT", "2026-02-01"),
  tugas("Jf", "jf"),
  tugas("Staf", "staf"),
  tugas("Kaban", "kaban"),
];

const T = d("2026-06-15");
const h = (extra: Penugasan[] = [], opsi?: OpsiHierarki) => bangunHierarki(J, [...P, ...extra], opsi);
const idPenilai = (r: ReturnType<typeof pejabatPenilai>) =>
  r === null ? null : r.tipe === "PIMPINAN_INSTANSI" ? "PIMPINAN" : `${r.pegawaiId}@${r.jabatanId}:${r.jenis}`;

describe("berlakuPada", () => {
  it("menghitung TMT mulai dan selesai secara inklusif", () => {
    const p = tugas("x", "y", "DEFINITIF", "2026-01-01", "2026-05-31");
    expect(berlakuPada(p, d("2025-12-31"))).toBe(false);
    expect(berlakuPada(p, d("2026-01-01"))).toBe(true);
    expect(berlakuPada(p, d("2026-05-31"))).toBe(true);
    expect(berlakuPada(p, d("2026-06-01"))).toBe(false);
  });
  it("mengabaikan jam (tanggal disimpan sebagai UTC tengah malam)", () => {
    const p = tugas("x", "y", "DEFINITIF", "2026-01-01", "2026-01-01");
    expect(berlakuPada(p, new Date("2026-01-01T23:59:59Z"))).toBe(true);
  });
  it("penugasan tanpa TMT selesai berlaku seterusnya", () => {
    expect(berlakuPada(tugas("x", "y"), d("2099-01-01"))).toBe(true);
  });
});

describe("pejabatPenilai", () => {
  it("adalah pemangku definitif jabatan induk", () => {
    expect(idPenilai(pejabatPenilai(h(), "Kasubbag", T))).toBe("Sekdin@sekdin:DEFINITIF");
    expect(idPenilai(pejabatPenilai(h(), "Pel1", T))).toBe("Kasubbag@kasubbag:DEFINITIF");
    expect(idPenilai(pejabatPenilai(h(), "Kadis", T))).toBe("Sekda@sekda:DEFINITIF");
  });
  it("menghitung Plt pada jabatan induk yang kosong", () => {
    expect(idPenilai(pejabatPenilai(h(), "Jf", T))).toBe("Sekdin@kabid:PLT");
  });
  it("melewati jabatan kosong tanpa Plt dan naik ke pemangku berikutnya", () => {
    expect(idPenilai(pejabatPenilai(h(), "Staf", T))).toBe("Sekdin@kabid:PLT");
  });
  it("sebelum Plt diangkat, naik melewati jabatan kosong ke kepala dinas", () => {
    expect(idPenilai(pejabatPenilai(h(), "Jf", d("2026-01-15")))).toBe("Kadis@kadis:DEFINITIF");
  });
  it("puncak pohon dinilai pimpinan instansi", () => {
    expect(idPenilai(pejabatPenilai(h(), "Sekda", T))).toBe("PIMPINAN");
  });
  it("null bila pegawai tidak memangku jabatan definitif pada tanggal itu", () => {
    expect(pejabatPenilai(h(), "TidakAda", T)).toBeNull();
    const selesai = h([tugas("Pensiun", "staf", "DEFINITIF", "2000-01-01", "2025-12-31")]);
    expect(pejabatPenilai(selesai, "Pensiun", T)).toBeNull();
  });
  it("Plh dihitung hanya bila tidak ada definitif maupun Plt", () => {
    const denganPlh = h([tugas("Kaban", "kadis", "PLH", "2026-06-01", "2026-06-30")]);
    expect(idPenilai(pejabatPenilai(denganPlh, "Sekdin", T))).toBe("Kadis@kadis:DEFINITIF");
    const kadisPensiun = bangunHierarki(J, [
      ...P.filter((p) => p.pegawaiId !== "Kadis"),
      tugas("Kadis", "kadis", "DEFINITIF", "2020-01-01", "2026-05-31"),
      tugas("Kaban", "kadis", "PLH", "2026-06-01", "2026-06-30"),
    ]);
    expect(idPenilai(pejabatPenilai(kadisPensiun, "Sekdin", T))).toBe("Kaban@kadis:PLH");
    expect(idPenilai(pejabatPenilai(kadisPensiun, "Sekdin", d("2026-07-01")))).toBe("Sekda@sekda:DEFINITIF");
    expect(idPenilai(pejabatPenilai(kadisPensiun, "Sekdin", d("2026-05-31")))).toBe("Kadis@kadis:DEFINITIF");
  });
  it("Plt didahulukan dari Plh", () => {
    const hh = h([tugas("Kaban", "kabid", "PLH", "2026-06-01")]);
    expect(idPenilai(pejabatPenilai(hh, "Jf", T))).toBe("Sekdin@kabid:PLT");
  });
  it("tidak menilai diri sendiri: Plt atasannya sendiri naik satu tingkat", () => {
    // Kasubbag menjadi Plt sekdin yang kosong.
    const hh = bangunHierarki(J, [
      ...P.filter((p) => p.pegawaiId !== "Sekdin"),
      tugas("Kasubbag", "sekdin", "PLT", "2026-01-01"),
    ]);
    expect(idPenilai(pejabatPenilai(hh, "Kasubbag", T))).toBe("Kadis@kadis:DEFINITIF");
    expect(idPenilai(pejabatPenilai(hh, "Pel1", T))).toBe("Kasubbag@kasubbag:DEFINITIF");
  });
  it("mutasi di tengah tahun: penilai mengikuti jabatan pada tanggal yang ditanya", () => {
    const hh = bangunHierarki(J, [
      ...P.filter((p) => p.pegawaiId !== "Pel1"),
      tugas("Pel1", "pelaksana", "DEFINITIF", "2020-01-01", "2026-05-31"),
      tugas("Pel1", "jf", "DEFINITIF", "2026-06-01"),
    ]);
    expect(idPenilai(pejabatPenilai(hh, "Pel1", d("2026-05-31")))).toBe("Kasubbag@kasubbag:DEFINITIF");
    expect(idPenilai(pejabatPenilai(hh, "Pel1", d("2026-06-01")))).toBe("Sekdin@kabid:PLT");
  });
  it("opsi PIMPINAN_INSTANSI: setiap JPT dinilai pimpinan instansi", () => {
    const hh = h([], { penilaiJpt: "PIMPINAN_INSTANSI" });
    expect(idPenilai(pejabatPenilai(hh, "Kadis", T))).toBe("PIMPINAN");
    expect(idPenilai(pejabatPenilai(hh, "Sekdin", T))).toBe("Kadis@kadis:DEFINITIF");
    expect(atasanPejabatPenilai(hh, "Sekdin", T)).toEqual({ tipe: "PIMPINAN_INSTANSI" });
  });
  it("tidak berputar selamanya pada data jabatan yang melingkar", () => {
    const hh = bangunHierarki(
      [
        { id: "a", parentId: "b", jenis: "PENGAWAS" },
        { id: "b", parentId: "a", jenis: "PENGAWAS" },
      ],
      [tugas("X", "a")],
    );
    expect(pejabatPenilai(hh, "X", T)).toEqual({ tipe: "PIMPINAN_INSTANSI" });
  });
});

describe("atasanPejabatPenilai", () => {
  it("adalah penilai dari jabatan pejabat penilai", () => {
    expect(idPenilai(atasanPejabatPenilai(h(), "Pel1", T))).toBe("Sekdin@sekdin:DEFINITIF");
    expect(idPenilai(atasanPejabatPenilai(h(), "Kasubbag", T))).toBe("Kadis@kadis:DEFINITIF");
  });
  it("naik dari jabatan tempat penilai bertindak (Plt), bukan jabatan definitifnya", () => {
    // Jf dinilai Sekdin sebagai Plt kabid; atasan penilai = pemangku induk kabid = Kadis.
    expect(idPenilai(atasanPejabatPenilai(h(), "Jf", T))).toBe("Kadis@kadis:DEFINITIF");
  });
  it("pimpinan instansi bila penilai adalah JPT tertinggi", () => {
    expect(idPenilai(atasanPejabatPenilai(h(), "Kadis", T))).toBe("PIMPINAN");
  });
  it("null bila penilai sudah pimpinan instansi atau pegawai tanpa jabatan", () => {
    expect(atasanPejabatPenilai(h(), "Sekda", T)).toBeNull();
    expect(atasanPejabatPenilai(h(), "TidakAda", T)).toBeNull();
  });
  it("tidak sama dengan pegawai atau penilainya sendiri", () => {
    // Pel1 menjadi Plt kadis yang kosong: atasan penilai Kasubbag bukan Pel1 sendiri.
    const hh = bangunHierarki(J, [
      ...P.filter((p) => p.pegawaiId !== "Kadis" && p.pegawaiId !== "Sekdin"),
      tugas("Pel1", "kadis", "PLT", "2026-01-01"),
    ]);
    expect(idPenilai(pejabatPenilai(hh, "Pel1", T))).toBe("Kasubbag@kasubbag:DEFINITIF");
    expect(idPenilai(atasanPejabatPenilai(hh, "Pel1", T))).toBe("Sekda@sekda:DEFINITIF");
  });
});

describe("pemangkuJabatan dan jabatanDefinitif", () => {
  it("jabatan kosong tidak berpemangku", () => {
    expect(pemangkuJabatan(h(), "kasi", T)).toBeNull();
  });
  it("jabatan pelaksana dapat dipangku banyak pegawai; hasil tetap", () => {
    expect(pemangkuJabatan(h(), "pelaksana", T)?.pegawaiId).toBe("Pel1");
  });
  it("mengambil TMT terbaru bila data definitif tumpang tindih", () => {
    const hh = h([tugas("Jf", "kasi", "DEFINITIF", "2026-03-01")]);
    expect(jabatanDefinitif(hh, "Jf", T)?.jabatanId).toBe("kasi");
  });
});

describe("bawahanLangsung", () => {
  const ids = (r: ReturnType<typeof bawahanLangsung>) => r.map((b) => b.pegawaiId).sort();
  it("mencakup pemangku definitif jabatan anak", () => {
    expect(ids(bawahanLangsung(h(), "Kasubbag", T))).toEqual(["Pel1", "Pel2"]);
    expect(ids(bawahanLangsung(h(), "Sekda", T))).toEqual(["Kaban", "Kadis"]);
  });
  it("mencakup bawahan melalui jabatan Plt dan melewati jabatan anak yang kosong", () => {
    const r = bawahanLangsung(h(), "Sekdin", T);
    expect(ids(r)).toEqual(["Jf", "Kasubbag", "Staf"]);
    expect(r.find((b) => b.pegawaiId === "Staf")?.melaluiJabatanId).toBe("kabid");
    expect(r.find((b) => b.pegawaiId === "Kasubbag")?.melaluiJabatanId).toBe("sekdin");
  });
  it("sebelum Plt, bawahan jabatan kosong naik ke kepala dinas", () => {
    expect(ids(bawahanLangsung(h(), "Kadis", d("2026-01-15")))).toEqual(["Jf", "Sekdin", "Staf"]);
    expect(ids(bawahanLangsung(h(), "Kadis", T))).toEqual(["Sekdin"]);
  });
  it("pelaksana tidak punya bawahan", () => {
    expect(bawahanLangsung(h(), "Pel1", T)).toEqual([]);
  });
  it("selalu sepakat dengan pejabatPenilai untuk setiap pegawai", () => {
    const hh = h();
    const semua = [...new Set(P.map((p) => p.pegawaiId))];
    for (const atasan of semua) {
      for (const b of bawahanLangsung(hh, atasan, T)) {
        const penilai = pejabatPenilai(hh, b.pegawaiId, T);
        expect(penilai?.tipe === "PEGAWAI" && penilai.pegawaiId).toBe(atasan);
      }
    }
    for (const pegawai of semua) {
      const penilai = pejabatPenilai(hh, pegawai, T);
      if (penilai?.tipe === "PEGAWAI") {
        expect(ids(bawahanLangsung(hh, penilai.pegawaiId, T))).toContain(pegawai);
      }
    }
  });
});
