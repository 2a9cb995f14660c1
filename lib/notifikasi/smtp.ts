// Pengirim surel lewat nodemailer dari URL SMTP (smtp://user:pass@host:port, smtps://… untuk TLS langsung).
import nodemailer from "nodemailer";
import type { Pengirim } from "@/lib/notifikasi/pekerja";

export function pengirimSmtp(url: string): Pengirim {
  const transport = nodemailer.createTransport(url);
  return async (s) => {
    await transport.sendMail({ from: s.dari, to: s.kepada, subject: s.subjek, text: s.teks, html: s.html ?? undefined });
  };
}
