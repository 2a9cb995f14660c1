// Membaca modul sumber dengan TypeScript compiler API: direktif ("use client"/"use server") dan ekspornya.
// Dipakai uji batas modul (tests/unit) dan uji otorisasi/fuzz/audit server action (tests/integration).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const AKAR = path.resolve(import.meta.dirname, "../..");

/** Semua berkas .ts/.tsx/.js/.jsx di bawah dir (tanpa node_modules, folder tersembunyi dan berkas uji). */
export function berkasSumber(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) return n === "node_modules" || n.startsWith(".") ? [] : berkasSumber(p);
    return /\.(tsx?|jsx?)$/.test(n) && !/\.test\.tsx?$/.test(n) ? [p] : [];
  });
}

export type Ekspor = { nama: string; jenis: "tipe" | "fungsi" | "fungsi-async" | "nilai" | "lain" };

export function direktif(sf: ts.SourceFile): string | null {
  const s = sf.statements[0];
  return s && ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) ? s.expression.text : null;
}

export function ekspor(sf: ts.SourceFile): Ekspor[] {
  const hasil: Ekspor[] = [];
  const adaEkspor = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const async = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
  for (const s of sf.statements) {
    if (ts.isTypeAliasDeclaration(s) || ts.isInterfaceDeclaration(s)) {
      if (adaEkspor(s)) hasil.push({ nama: s.name.text, jenis: "tipe" });
    } else if (ts.isFunctionDeclaration(s) && adaEkspor(s)) {
      hasil.push({ nama: s.name?.text ?? "default", jenis: async(s) ? "fungsi-async" : "fungsi" });
    } else if (ts.isVariableStatement(s) && adaEkspor(s)) {
      for (const d of s.declarationList.declarations) {
        // `export const { GET, POST } = handlers;`: setiap nama dalam pola menjadi ekspor sendiri.
        if (ts.isObjectBindingPattern(d.name) || ts.isArrayBindingPattern(d.name)) {
          for (const e of d.name.elements) if (ts.isBindingElement(e) && ts.isIdentifier(e.name)) hasil.push({ nama: e.name.text, jenis: "nilai" });
          continue;
        }
        const init = d.initializer;
        const fungsi = init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init));
        const komponen = init && ts.isCallExpression(init) && /^(forwardRef|memo|React\.forwardRef|React\.memo)$/.test(init.expression.getText(sf));
        hasil.push({ nama: d.name.getText(sf), jenis: fungsi ? (async(init) ? "fungsi-async" : "fungsi") : komponen ? "fungsi" : "nilai" });
      }
    } else if (ts.isExportDeclaration(s)) {
      if (s.isTypeOnly) continue;
      if (s.exportClause && ts.isNamedExports(s.exportClause)) {
        for (const e of s.exportClause.elements) if (!e.isTypeOnly) hasil.push({ nama: e.name.text, jenis: "lain" });
      } else hasil.push({ nama: "*", jenis: "lain" });
    } else if (ts.isExportAssignment(s)) {
      hasil.push({ nama: "default", jenis: "lain" });
    } else if ((ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)) && adaEkspor(s)) {
      hasil.push({ nama: s.name?.text ?? "default", jenis: "nilai" });
    }
  }
  return hasil;
}

export function bacaSumber(p: string): ts.SourceFile {
  return ts.createSourceFile(p, readFileSync(p, "utf8"), ts.ScriptTarget.Latest, true, p.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

export type AksiServer = { kunci: string; berkas: string; nama: string };

/** Setiap fungsi yang diekspor berkas "use server" di bawah app/ (masing-masing endpoint POST publik). Kunci "berkas#nama". */
export function temukanAksiServer(): AksiServer[] {
  return berkasSumber(path.join(AKAR, "app")).flatMap((p) => {
    const sf = bacaSumber(p);
    if (direktif(sf) !== "use server") return [];
    const berkas = path.relative(AKAR, p);
    return ekspor(sf)
      .filter((e) => e.jenis !== "tipe")
      .map((e) => ({ kunci: `${berkas}#${e.nama}`, berkas, nama: e.nama }));
  });
}

export const METODE_HTTP = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type RuteDitemukan = { kunci: string; berkas: string; url: string; metode: string };

/** Setiap route handler app/**\/route.ts dengan metode HTTP yang diekspornya. Kunci "METODE /api/…". */
export function temukanRute(): RuteDitemukan[] {
  return berkasSumber(path.join(AKAR, "app"))
    .filter((p) => /(^|[/\\])route\.(t|j)sx?$/.test(p))
    .flatMap((p) => {
      const berkas = path.relative(AKAR, p);
      const url = "/" + path.dirname(path.relative(path.join(AKAR, "app"), p)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join("/");
      return ekspor(bacaSumber(p))
        .filter((e) => (METODE_HTTP as readonly string[]).includes(e.nama))
        .map((e) => ({ kunci: `${e.nama} ${url}`, berkas, url, metode: e.nama }));
    });
}
