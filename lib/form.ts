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
