// Contoh curl untuk dokumentasi API (halaman /dokumentasi-api). Murni.
import { SUMBER_API } from "@/lib/api-v1/openapi";
import { JALUR_CAKUPAN } from "@/lib/api-v1/token";

/** curl satu halaman, lalu halaman berikutnya dengan next_cursor (jq). */
export function contohCurl(jalur: string, asal = "https://kinerja.contohkab.go.id"): string {
  const s = SUMBER_API.find((x) => jalur.endsWith(`/${JALUR_CAKUPAN[x.cakupan]}`));
  const q = s?.contohKueri ? `?${s.contohKueri}` : "";
  const sambung = q ? "&" : "?";
  return [
    `TOKEN=skp_xxxxxxxx_...   # dari Admin → Token API`,
    `curl -s -H "Authorization: Bearer $TOKEN" "${asal}${jalur}${q}" > halaman1.json`,
    `CURSOR=$(jq -r .next_cursor halaman1.json)   # null = halaman terakhir`,
    `curl -s -H "Authorization: Bearer $TOKEN" "${asal}${jalur}${q}${sambung}cursor=$CURSOR"`,
  ].join("\n");
}
