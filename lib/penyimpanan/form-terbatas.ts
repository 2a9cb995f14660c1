// Membaca badan multipart route handler dengan batas ukuran yang ditegakkan saat membaca: Content-Length dapat tidak
// ada (chunked) atau dipalsukan, jadi badan dialirkan lewat penghitung yang berhenti di batas.
export type HasilFormTerbatas = { ok: true; form: FormData } | { ok: false; sebab: "terlalu-besar" | "tidak-sah" };

export async function bacaFormTerbatas(request: Request, maks: number): Promise<HasilFormTerbatas> {
  if (Number(request.headers.get("content-length") ?? 0) > maks) return { ok: false, sebab: "terlalu-besar" };
  let kelebihan = false;
  try {
    let terbaca = 0;
    const dibatasi = request.body?.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(potongan, c) {
          terbaca += potongan.byteLength;
          if (terbaca > maks) {
            kelebihan = true;
            c.error(new Error("badan terlalu besar"));
          } else c.enqueue(potongan);
        },
      }),
    );
    const form = await new Request(request.url, { method: "POST", headers: request.headers, body: dibatasi, duplex: "half" } as RequestInit).formData();
    return { ok: true, form };
  } catch {
    return { ok: false, sebab: kelebihan ? "terlalu-besar" : "tidak-sah" };
  }
}
