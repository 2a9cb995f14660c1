// Server SMTP sungguhan untuk uji (paket smtp-server): menerima surel dari pekerja notifikasi, menyimpannya di memori
// dan (opsional) sebagai berkas .eml di sebuah folder, untuk dibaca uji integrasi dan e2e.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export type SurelDiterima = { dari: string; kepada: string[]; mentah: string; teks: string };

/** Teks surel terbaca: quoted-printable dibuka (baris lunak digabung, =XX menjadi byte UTF-8). */
export function bukaQp(mentah: string): string {
  const gabung = mentah.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < gabung.length; i++) {
    const m = gabung[i] === "=" ? /^[0-9A-F]{2}$/.exec(gabung.slice(i + 1, i + 3)) : null;
    if (m) {
      bytes.push(parseInt(m[0], 16));
      i += 2;
    } else bytes.push(...Buffer.from(gabung[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

export async function mulaiSmtpUji(opsi: { folder?: string; port?: number } = {}): Promise<{ port: number; url: string; diterima: SurelDiterima[]; tutup: () => Promise<void> }> {
  const diterima: SurelDiterima[] = [];
  if (opsi.folder) mkdirSync(opsi.folder, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth: (_a, _s, cb) => cb(null, { user: "uji" }),
    onData(stream, session, cb) {
      const potong: Buffer[] = [];
      stream.on("data", (c: Buffer) => potong.push(c));
      stream.on("end", () => {
        const mentah = Buffer.concat(potong).toString("utf8");
        const s: SurelDiterima = {
          dari: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          kepada: session.envelope.rcptTo.map((r) => r.address),
          mentah,
          teks: bukaQp(mentah),
        };
        diterima.push(s);
        if (opsi.folder) writeFileSync(path.join(opsi.folder, `${Date.now()}-${diterima.length}.json`), JSON.stringify(s));
        cb();
      });
    },
  });
  await new Promise<void>((ok, gagal) => {
    server.once("error", gagal);
    server.listen(opsi.port ?? 0, "127.0.0.1", () => ok());
  });
  const port = (server.server.address() as { port: number }).port;
  return { port, url: `smtp://127.0.0.1:${port}`, diterima, tutup: () => new Promise<void>((ok) => server.close(() => ok())) };
}
