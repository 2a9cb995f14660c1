// FormData → objek bersarang untuk zod: "iki.0.indikator" menjadi { iki: [{ indikator }] },
// "ekspektasi.LOYAL" menjadi { ekspektasi: { LOYAL } }, nama berulang ("skpId" ×3) menjadi larik. Nama "$ACTION…" milik Next diabaikan.
export function bentukObjek(data: FormData | Iterable<[string, FormDataEntryValue]>): Record<string, unknown> {
  const hasil: Record<string, unknown> = {};
  for (const [nama, nilai] of data) {
    if (nama.startsWith("$ACTION")) continue;
    if (typeof nilai !== "string") continue;
    const bagian = nama.split(".");
    if (bagian.some((b) => b === "__proto__" || b === "constructor" || b === "prototype" || b === "")) continue;
    let wadah: Record<string, unknown> | unknown[] = hasil;
    for (let i = 0; i < bagian.length; i++) {
      const kunci = bagian[i]!;
      const akhir = i === bagian.length - 1;
      const indeks = /^\d{1,3}$/.test(kunci) ? Number(kunci) : null;
      if (Array.isArray(wadah) && indeks === null) break;
      const k = (Array.isArray(wadah) ? indeks! : kunci) as never;
      if (akhir) {
        // Nama yang berulang (kotak centang) menjadi larik.
        const ada = (wadah as Record<string, unknown>)[k];
        (wadah as Record<string, unknown>)[k] = typeof ada === "string" ? [ada, nilai] : Array.isArray(ada) && !Array.isArray(wadah) ? [...ada, nilai] : nilai;
      } else {
        const berikut = /^\d{1,3}$/.test(bagian[i + 1]!);
        let isi = (wadah as Record<string, unknown>)[k];
        if (isi === undefined || typeof isi !== "object" || isi === null) {
          isi = berikut ? [] : {};
          (wadah as Record<string, unknown>)[k] = isi;
        }
        wadah = isi as Record<string, unknown> | unknown[];
      }
    }
  }
  // Baris yang dihapus di formulir meninggalkan lubang pada larik: rapatkan.
  const rapat = (v: unknown): unknown =>
    Array.isArray(v) ? v.filter((x) => x !== undefined).map(rapat) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([a, b]) => [a, rapat(b)])) : v;
  return rapat(hasil) as Record<string, unknown>;
}

/** Ringkasan keadaan validasi kolom di peramban (bagian dari ValidityState yang kita pakai). */
export type Validitas = Pick<ValidityState, "valueMissing" | "tooLong" | "tooShort" | "typeMismatch" | "patternMismatch" | "rangeOverflow" | "rangeUnderflow" | "badInput">;

/** Pesan Bahasa Indonesia untuk kolom yang ditolak pemeriksaan peramban (menggantikan pesan bawaan peramban). */
export function pesanValiditas(label: string, v: Validitas, batas: { minLength?: number; maxLength?: number; type?: string } = {}): string {
  if (v.valueMissing) return batas.type === "checkbox" || batas.type === "radio" ? `Pilih ${label.toLowerCase()}.` : batas.type === "file" ? `Pilih berkas untuk ${label.toLowerCase()}.` : `${label} wajib diisi.`;
  if (v.tooLong && batas.maxLength && batas.maxLength > 0) return `${label} maksimal ${batas.maxLength} karakter.`;
  if (v.tooShort && batas.minLength && batas.minLength > 0) return `${label} minimal ${batas.minLength} karakter.`;
  if (v.typeMismatch && batas.type === "url") return `${label} harus berupa tautan lengkap yang diawali https://.`;
  if (v.typeMismatch && batas.type === "email") return `${label} harus berupa alamat surel.`;
  if (v.badInput || v.rangeOverflow || v.rangeUnderflow) return `${label} harus berupa angka yang sah.`;
  return `${label} tidak sah.`;
}

/**
 * Galat dari server → galat per kolom yang ada di formulir. Kunci yang tidak punya kolom sendiri dipetakan ke
 * kolom induk terdekat ("butir.3" → "butir", dengan awalan "Baris 4: " karena kolom itu satu butir per baris).
 */
export function petakanGalat(galat: Record<string, string[] | undefined>, namaKolom: readonly string[]): Record<string, string[]> {
  const ada = new Set(namaKolom);
  const hasil: Record<string, string[]> = {};
  for (const [kunci, pesan] of Object.entries(galat)) {
    if (!pesan?.length) continue;
    let tujuan = kunci;
    let awalan = "";
    if (!ada.has(kunci)) {
      const bagian = kunci.split(".");
      for (let n = bagian.length - 1; n > 0; n--) {
        const induk = bagian.slice(0, n).join(".");
        if (ada.has(induk)) {
          tujuan = induk;
          const sisa = bagian[n]!;
          if (/^\d+$/.test(sisa)) awalan = `Baris ${Number(sisa) + 1}: `;
          break;
        }
      }
    }
    (hasil[tujuan] ??= []).push(...pesan.map((p) => awalan + p));
  }
  return hasil;
}
