// Berjalan sebelum setiap berkas uji integrasi: basis data baru hasil salinan basis data uji yang sudah
// dimigrasikan (TEMPLATE), sehingga berkas saling terpisah dan tidak pernah menyentuh data demo.
import { randomBytes } from "node:crypto";
import pg from "pg";

const admin = process.env.TEST_DATABASE_ADMIN_URL;
const template = process.env.DATABASE_URL;
if (!admin || !template) {
  throw new Error("Uji integrasi dijalankan lewat `npm run test:integration` (scripts/with-test-db.ts menyiapkan PostgreSQL).");
}
const templateName = new URL(template).pathname.slice(1);
const nama = `uji_${randomBytes(4).toString("hex")}`;
const c = new pg.Client({ connectionString: admin });
await c.connect();
try {
  await c.query(`CREATE DATABASE "${nama}" TEMPLATE "${templateName}"`);
} finally {
  await c.end();
}
const url = new URL(template);
url.pathname = `/${nama}`;
process.env.TEMPLATE_DATABASE_URL = template;
process.env.DATABASE_URL = url.toString();
