// Dokumen OpenAPI 3.1 API baca /api/v1, dibuat dari skema zod yang sama dengan yang dipakai handler
// (lib/api-v1/schemas.ts) memakai zod-openapi. Murni; disajikan di /api/v1/openapi.json dan dirender menjadi halaman
// dokumentasi (/dokumentasi-api).
import type { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type oas31 } from "zod-openapi";
import { JALUR_CAKUPAN, JENDELA_DETIK, type CakupanApi } from "@/lib/api-v1/token";
import {
  LIMIT_BAWAAN,
  LIMIT_MAKS,
  ZGalat,
  ZHalamanKelengkapan,
  ZHalamanOrganisasi,
  ZHalamanPredikat,
  ZHalamanSkp,
  ZKueriKelengkapan,
  ZKueriOrganisasi,
  ZKueriPredikat,
  ZKueriSkp,
} from "@/lib/api-v1/schemas";

export type SumberApi = {
  cakupan: CakupanApi;
  ringkas: string;
  uraian: string;
  kueri: z.ZodObject;
  respons: z.ZodType;
  contohKueri: string;
};

/** Sumber data /api/v1 (satu per cakupan token). */
export const SUMBER_API: readonly SumberApi[] = [
  {
    cakupan: "PREDIKAT",
    ringkas: "Predikat kinerja pegawai",
    uraian:
      "Evaluasi kinerja yang sudah FINAL per pegawai per periode evaluasi (PERIODIK) dan per tahun (TAHUNAN): rating hasil kerja, rating perilaku dan predikatnya (kuadran PermenPANRB 6/2022). Draf, yang masih menunggu finalisasi dan yang dikecualikan tidak ikut. Untuk TPP/Tukin dan kenaikan pangkat.",
    kueri: ZKueriPredikat,
    respons: ZHalamanPredikat,
    contohKueri: "tahun=2026&periode=TW1&limit=100",
  },
  {
    cakupan: "KELENGKAPAN",
    ringkas: "Kelengkapan pelaksanaan per periode",
    uraian:
      "Per SKP yang disetujui dan setiap periode evaluasi yang beririsan dengan masa SKP itu: jumlah rencana aksi, realisasi dan bukti dukung yang sudah diisi pegawai.",
    kueri: ZKueriKelengkapan,
    respons: ZHalamanKelengkapan,
    contohKueri: "tahun=2026&periode=TW1",
  },
  {
    cakupan: "SKP",
    ringkas: "Status SKP pegawai",
    uraian: "Setiap SKP (per pegawai, jabatan dan tahun) dengan status alur perencanaannya, versi, dan waktu diajukan/disetujui.",
    kueri: ZKueriSkp,
    respons: ZHalamanSkp,
    contohKueri: "tahun=2026&status=DISETUJUI",
  },
  {
    cakupan: "ORGANISASI",
    ringkas: "Unit kerja, jabatan dan pemangkunya",
    uraian: "Setiap jabatan yang aktif dengan unit kerjanya, jabatan atasannya, dan pemangkunya hari ini (definitif, Plt, Plh).",
    kueri: ZKueriOrganisasi,
    respons: ZHalamanOrganisasi,
    contohKueri: "limit=200",
  },
];

const galat = (deskripsi: string, tajuk?: Record<string, { description: string; schema: { type: "integer"; minimum: number } }>) => ({
  description: deskripsi,
  ...(tajuk ? { headers: tajuk } : {}),
  content: { "application/json": { schema: ZGalat } },
});

export const URAIAN_API = [
  "API baca (hanya GET) untuk sistem lain di instansi yang sama, mis. aplikasi TPP/Tukin, kenaikan pangkat atau angka kredit.",
  "",
  "**Autentikasi.** Setiap permintaan membawa `Authorization: Bearer <token>`. Token dibuat admin BKD di Admin → Token API, berlaku untuk satu instansi dan sumber yang dipilih (cakupan), ditampilkan sekali saat dibuat, dan dapat dicabut. Data selalu milik instansi token itu.",
  "",
  `**Halaman.** Kunci halaman (keyset): \`limit\` 1–${LIMIT_MAKS} (bawaan ${LIMIT_BAWAAN}); respons memuat \`next_cursor\`, kirim sebagai \`cursor\` untuk halaman berikutnya sampai \`next_cursor\` bernilai null. Setiap baris muncul tepat sekali walau data bertambah di antara permintaan.`,
  "",
  `**Batas laju.** Per token, jumlah permintaan dalam jendela ${JENDELA_DETIK} detik dibatasi (bawaan 120, diatur dengan SKP_API_BATAS_PER_MENIT). Lebih dari itu: 429 dengan tajuk Retry-After (detik).`,
  "",
  "**Galat.** Badan galat selalu `{ \"galat\": { \"kode\", \"pesan\", \"rincian\"? } }` dengan pesan Bahasa Indonesia. Setiap panggilan tercatat di jejak audit dengan nama token.",
].join("\n");

function operasi(s: SumberApi): ZodOpenApiOperationObject {
  return {
    operationId: `baca${s.cakupan[0]}${s.cakupan.slice(1).toLowerCase()}`,
    summary: s.ringkas,
    description: `${s.uraian}\n\nCakupan token yang diperlukan: \`${s.cakupan}\`.`,
    tags: ["Data kinerja"],
    security: [{ tokenApi: [] }],
    requestParams: { query: s.kueri },
    responses: {
      "200": { description: "Satu halaman data.", content: { "application/json": { schema: s.respons } } },
      "400": galat("Parameter kueri tidak sah (PARAMETER_TIDAK_SAH), dengan rincian per parameter."),
      "401": galat("Tanpa token, token tidak dikenal atau sudah dicabut (TOKEN_TIDAK_ADA, TOKEN_TIDAK_SAH)."),
      "403": galat("Token tidak mencakup sumber ini (CAKUPAN_DITOLAK), atau `unit` bukan unit kerja instansi token (UNIT_DI_LUAR_INSTANSI)."),
      "429": galat("Batas laju token terlampaui (BATAS_LAJU).", {
        "Retry-After": { description: "Detik sampai jendela batas laju berikutnya.", schema: { type: "integer", minimum: 1 } },
      }),
      "500": galat("Galat server (GALAT_SERVER) dengan kode rujukan di pesan."),
    },
  };
}

let cache: oas31.OpenAPIObject | null = null;

/** Dokumen OpenAPI 3.1 (dibuat sekali per proses). */
export function dokumenOpenApi(): oas31.OpenAPIObject {
  cache ??= createDocument({
    openapi: "3.1.0",
    info: { title: "API Portal SKP", version: "1.0.0", description: URAIAN_API },
    servers: [{ url: "/api/v1", description: "Portal ini" }],
    tags: [{ name: "Data kinerja", description: "Predikat, kelengkapan, SKP dan organisasi satu instansi." }],
    components: { securitySchemes: { tokenApi: { type: "http", scheme: "bearer", description: "Token API: skp_<prefix>_<rahasia>." } } },
    paths: Object.fromEntries(SUMBER_API.map((s) => [`/${JALUR_CAKUPAN[s.cakupan]}`, { get: operasi(s) }])),
  });
  return cache;
}
