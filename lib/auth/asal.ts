// Pemeriksaan asal permintaan yang mengubah data pada route handler (server action sudah diperiksa Next):
// peramban yang mengirim dari halaman lain — termasuk port lain di host yang sama — ditolak. Murni.
//
// Aturan: Sec-Fetch-Site (dikirim semua peramban modern) harus "same-origin" atau "none"; bila ada Origin,
// host:port-nya harus sama dengan Host permintaan. Klien bukan peramban (tanpa kedua tajuk) tidak dapat
// membawa cookie korban, jadi tidak ditolak di sini (tetap butuh sesi).

export type TajukAsal = { origin: string | null; secFetchSite: string | null; host: string | null };

export function asalSah(t: TajukAsal): boolean {
  if (t.secFetchSite !== null && t.secFetchSite !== "same-origin" && t.secFetchSite !== "none") return false;
  if (t.origin !== null) {
    if (t.origin === "null") return false;
    let o: URL;
    try {
      o = new URL(t.origin);
    } catch {
      return false;
    }
    if (!t.host || o.host.toLowerCase() !== t.host.toLowerCase()) return false;
  }
  return true;
}

export function tajukAsal(headers: Headers): TajukAsal {
  return { origin: headers.get("origin"), secFetchSite: headers.get("sec-fetch-site"), host: headers.get("host") };
}
