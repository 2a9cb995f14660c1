// Alamat klien untuk pembatasan percobaan masuk. Murni: tanpa Prisma, tanpa next/*.
//
// X-Forwarded-For dapat ditulis siapa saja; yang pasti hanya alamat lawan soket TCP (`peer`). Karena itu alamat
// klien = `peer`, KECUALI `peer` adalah proksi tepercaya (SKP_PROXY_TEPERCAYA): barulah X-Forwarded-For dibaca dari
// kanan, melewati proksi tepercaya, dan alamat pertama yang tidak tepercaya yang dipakai (proksi menambahkan alamat
// lawannya di ujung kanan; yang di kiri bisa saja karangan klien).
//
// `next start` tidak memberi server action akses ke soket: scripts/alamat-soket.cjs (dimuat dengan --require oleh
// scripts/serve.ts dan Playwright) menimpa header HEADER_ALAMAT_SOKET dengan alamat soket pada setiap permintaan dan
// memasang penanda global PENANDA_ALAMAT_SOKET; tanpa penanda itu header tersebut tidak dipercaya.

/** Header yang ditulis scripts/alamat-soket.cjs (nilai klien selalu ditimpa). Harus sama dengan berkas itu. */
export const HEADER_ALAMAT_SOKET = "x-skp-alamat-soket";
/** Kunci Symbol.for penanda global bahwa scripts/alamat-soket.cjs aktif di proses ini. */
export const PENANDA_ALAMAT_SOKET = "skp.alamatSoket";
/** Dipakai bila alamat tidak dapat ditentukan (semua yang demikian berbagi satu hitungan). */
export const ALAMAT_TIDAK_DIKETAHUI = "tidak-diketahui";

export type Alamat = { versi: 4 | 6; nilai: bigint };
export type Cidr = { versi: 4 | 6; jaringan: bigint; prefiks: number };

function uraiIpv4(s: string): bigint | null {
  const bagian = s.split(".");
  if (bagian.length !== 4) return null;
  let n = 0n;
  for (const b of bagian) {
    if (!/^(0|[1-9]\d{0,2})$/.test(b) || Number(b) > 255) return null;
    n = (n << 8n) | BigInt(b);
  }
  return n;
}

function uraiIpv6(s: string): bigint | null {
  if (!/^[0-9a-fA-F:.]+$/.test(s) || s.includes(":::")) return null;
  let kata: string[] = [];
  let ekorV4: bigint | null = null;
  // Ekor IPv4 (::ffff:192.0.2.1, 64:ff9b::192.0.2.1).
  const titik = s.lastIndexOf(":");
  if (s.slice(titik + 1).includes(".")) {
    ekorV4 = uraiIpv4(s.slice(titik + 1));
    if (ekorV4 === null) return null;
    s = `${s.slice(0, titik + 1)}0:0`;
  }
  const ganda = s.split("::");
  if (ganda.length > 2) return null;
  const kiri = ganda[0] ? ganda[0].split(":") : [];
  const kanan = ganda.length === 2 && ganda[1] ? ganda[1].split(":") : [];
  if (ganda.length === 2) {
    const isi = 8 - kiri.length - kanan.length;
    if (isi < 1) return null;
    kata = [...kiri, ...Array<string>(isi).fill("0"), ...kanan];
  } else kata = kiri;
  if (kata.length !== 8) return null;
  let n = 0n;
  for (const k of kata) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(k)) return null;
    n = (n << 16n) | BigInt(`0x${k}`);
  }
  if (ekorV4 !== null) n = (n & ~0xffffffffn) | ekorV4;
  return n;
}

const AWALAN_V4_TERPETA = 0xffffn << 32n;

/**
 * Mengurai satu alamat IP: IPv4, IPv6 (dengan atau tanpa [kurung], zona %eth0 dibuang), dan bentuk dengan port
 * ("192.0.2.1:443", "[2001:db8::1]:443") yang dikirim sebagian proksi. IPv6 terpeta IPv4 (::ffff:a.b.c.d) menjadi
 * IPv4. null bila bukan alamat IP.
 */
export function uraiAlamat(mentah: string): Alamat | null {
  let s = mentah.trim();
  if (s === "" || s.length > 100) return null;
  const kurung = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(s);
  if (kurung) s = kurung[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(s)) s = s.slice(0, s.lastIndexOf(":"));
  s = s.replace(/%[0-9A-Za-z._~-]+$/, "");
  if (!s.includes(":")) {
    const v4 = uraiIpv4(s);
    return v4 === null ? null : { versi: 4, nilai: v4 };
  }
  const v6 = uraiIpv6(s);
  if (v6 === null) return null;
  if (v6 >> 32n === AWALAN_V4_TERPETA >> 32n) return { versi: 4, nilai: v6 & 0xffffffffn };
  return { versi: 6, nilai: v6 };
}

/** Bentuk baku: IPv4 bertitik; IPv6 huruf kecil dengan rangkaian nol terpanjang disingkat "::" (RFC 5952). */
export function tulisAlamat(a: Alamat): string {
  if (a.versi === 4) return [24n, 16n, 8n, 0n].map((g) => String((a.nilai >> g) & 0xffn)).join(".");
  const kata = Array.from({ length: 8 }, (_, i) => Number((a.nilai >> BigInt(112 - 16 * i)) & 0xffffn));
  let awal = -1;
  let panjang = 0;
  for (let i = 0; i < 8; ) {
    if (kata[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && kata[j] === 0) j++;
    if (j - i > panjang && j - i >= 2) [awal, panjang] = [i, j - i];
    i = j;
  }
  const hex = kata.map((k) => k.toString(16));
  if (awal < 0) return hex.join(":");
  return `${hex.slice(0, awal).join(":")}::${hex.slice(awal + panjang).join(":")}`;
}

/** Satu IP atau CIDR ("10.0.0.0/8", "fd00::/8", "192.0.2.7"). Bit host pada CIDR harus nol. */
export function uraiCidr(mentah: string): Cidr | null {
  const [ip, prefiksTeks, ...lebih] = mentah.trim().split("/");
  if (lebih.length > 0 || ip === undefined) return null;
  const a = uraiAlamat(ip);
  if (!a || /[[\]%]/.test(ip) || (/^[\d.]+:\d+$/.test(ip.trim()))) return null;
  const maks = a.versi === 4 ? 32 : 128;
  // CIDR IPv6 terpeta (::ffff:10.0.0.0/104) dibaca sebagai CIDR IPv4.
  const terpeta = a.versi === 4 && ip.includes(":");
  let prefiks = maks;
  if (prefiksTeks !== undefined) {
    if (!/^\d{1,3}$/.test(prefiksTeks)) return null;
    prefiks = Number(prefiksTeks) - (terpeta ? 96 : 0);
    if (prefiks < 0 || prefiks > maks) return null;
  }
  const host = (1n << BigInt(maks - prefiks)) - 1n;
  if ((a.nilai & host) !== 0n) return null;
  return { versi: a.versi, jaringan: a.nilai, prefiks };
}

/** Daftar SKP_PROXY_TEPERCAYA (dipisah koma; kosong = tidak ada proksi). Galat berbahasa Indonesia per entri. */
export function uraiDaftarProksi(teks: string | undefined): { ok: true; daftar: Cidr[] } | { ok: false; pesan: string } {
  const entri = (teks ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const daftar: Cidr[] = [];
  for (const e of entri) {
    const c = uraiCidr(e);
    if (!c) return { ok: false, pesan: `"${e.slice(0, 60)}" bukan alamat IP atau CIDR yang sah (contoh: 127.0.0.1, 10.0.0.0/8, fd00::/8).` };
    daftar.push(c);
  }
  return { ok: true, daftar };
}

export function dalamCidr(a: Alamat, c: Cidr): boolean {
  if (a.versi !== c.versi) return false;
  const geser = BigInt((a.versi === 4 ? 32 : 128) - c.prefiks);
  return a.nilai >> geser === c.jaringan >> geser;
}

const tepercaya = (a: Alamat, daftar: readonly Cidr[]) => daftar.some((c) => dalamCidr(a, c));

/**
 * Alamat klien untuk pembatasan: alamat soket bila lawan soket tidak tepercaya (X-Forwarded-For diabaikan);
 * bila tepercaya, alamat paling kanan di X-Forwarded-For yang bukan proksi tepercaya. Entri yang tidak terbaca
 * menghentikan penelusuran (alamat terakhir yang terbaca dipakai). Hasil dalam bentuk baku (tulisAlamat).
 */
export function alamatKlien(args: { peer: string | null | undefined; xForwardedFor: string | null | undefined; tepercaya: readonly Cidr[] }): string {
  const peer = args.peer ? uraiAlamat(args.peer) : null;
  if (!peer) return ALAMAT_TIDAK_DIKETAHUI;
  let klien = peer;
  if (tepercaya(klien, args.tepercaya)) {
    const rantai = (args.xForwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    for (let i = rantai.length - 1; i >= 0; i--) {
      const a = uraiAlamat(rantai[i]!);
      if (!a) break;
      klien = a;
      if (!tepercaya(a, args.tepercaya)) break;
    }
  }
  return tulisAlamat(klien);
}
