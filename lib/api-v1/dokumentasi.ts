// Model tampilan halaman dokumentasi API (/dokumentasi-api), diturunkan dari dokumen OpenAPI yang disajikan di
// /api/v1/openapi.json (bukan ditulis ulang): endpoint, parameter, kolom respons (diratakan dengan jalur titik),
// kode galat. Murni.
import type { oas31 } from "zod-openapi";

type Skema = oas31.SchemaObject | oas31.ReferenceObject;
export type KolomDok = { jalur: string; tipe: string; wajib: boolean; uraian: string };
export type ParameterDok = { nama: string; uraian: string; bentuk: string };
export type EndpointDok = { jalur: string; ringkas: string; uraian: string; parameter: ParameterDok[]; kolom: KolomDok[]; respons: { status: string; uraian: string }[] };

function selesaikan(doc: oas31.OpenAPIObject, s: Skema | undefined): oas31.SchemaObject {
  if (!s) return {};
  if ("$ref" in s && typeof s.$ref === "string") {
    const nama = s.$ref.replace("#/components/schemas/", "");
    return selesaikan(doc, doc.components?.schemas?.[nama] as Skema | undefined);
  }
  return s as oas31.SchemaObject;
}

function tipe(doc: oas31.OpenAPIObject, s: oas31.SchemaObject): string {
  if (s.enum) return s.enum.map(String).join(" | ");
  if (s.anyOf) return s.anyOf.map((x) => tipe(doc, selesaikan(doc, x as Skema))).join(" atau ");
  const t = Array.isArray(s.type) ? s.type.join(" atau ") : (s.type ?? "objek");
  if (t === "array") return `daftar ${tipe(doc, selesaikan(doc, s.items as Skema))}`;
  return s.format ? `${t} (${s.format})` : s.pattern && t === "string" ? `string (pola ${s.pattern})` : t;
}

function ratakan(doc: oas31.OpenAPIObject, s: oas31.SchemaObject, awalan: string, keluar: KolomDok[], dalam = 0) {
  const wajib = new Set(s.required ?? []);
  for (const [nama, anak] of Object.entries(s.properties ?? {})) {
    let a = selesaikan(doc, anak as Skema);
    const nullable = a.anyOf?.some((x) => (x as oas31.SchemaObject).type === "null");
    const inti = nullable ? selesaikan(doc, a.anyOf!.find((x) => (x as oas31.SchemaObject).type !== "null") as Skema) : a;
    const jalur = awalan ? `${awalan}.${nama}` : nama;
    const uraian = a.description ?? inti.description ?? (anak as oas31.SchemaObject).description ?? "";
    keluar.push({ jalur, tipe: `${tipe(doc, inti)}${nullable ? " atau null" : ""}`, wajib: wajib.has(nama), uraian });
    a = inti;
    if (dalam < 3 && a.type === "object") ratakan(doc, a, jalur, keluar, dalam + 1);
    if (dalam < 3 && a.type === "array") {
      const item = selesaikan(doc, a.items as Skema);
      if (item.type === "object") ratakan(doc, item, `${jalur}[]`, keluar, dalam + 1);
    }
  }
}

/** Endpoint GET dokumen itu, urut seperti di dokumen. */
export function endpointDokumentasi(doc: oas31.OpenAPIObject): EndpointDok[] {
  const server = doc.servers?.[0]?.url ?? "";
  return Object.entries(doc.paths ?? {}).flatMap(([jalur, item]) => {
    const op = (item as oas31.PathItemObject).get;
    if (!op) return [];
    const parameter = (op.parameters ?? []).map((p) => {
      const q = p as oas31.ParameterObject;
      return { nama: q.name, uraian: q.description ?? "", bentuk: tipe(doc, selesaikan(doc, q.schema as Skema)) };
    });
    const r200 = (op.responses?.["200"] as oas31.ResponseObject | undefined)?.content?.["application/json"]?.schema as Skema | undefined;
    const kolom: KolomDok[] = [];
    ratakan(doc, selesaikan(doc, r200), "", kolom);
    const respons = Object.entries(op.responses ?? {}).map(([status, r]) => ({ status, uraian: (r as oas31.ResponseObject).description ?? "" }));
    return [{ jalur: `${server}${jalur}`, ringkas: op.summary ?? "", uraian: op.description ?? "", parameter, kolom, respons }];
  });
}

/** Teks berformat ringan (`kode`, **tebal**) → potongan untuk dirender. */
export function potongTeks(teks: string): { jenis: "teks" | "kode" | "tebal"; isi: string }[] {
  return teks
    .split(/(`[^`]+`|\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((b) => (b.startsWith("`") ? { jenis: "kode", isi: b.slice(1, -1) } : b.startsWith("**") ? { jenis: "tebal", isi: b.slice(2, -2) } : { jenis: "teks", isi: b }));
}
