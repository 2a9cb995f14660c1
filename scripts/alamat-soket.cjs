// Dimuat dengan `node --require ./scripts/alamat-soket.cjs …/next start` (scripts/serve.ts, playwright.config.ts).
// `next start` tidak memberi server action akses ke soket, dan X-Forwarded-For dari klien diteruskan apa adanya
// (Next hanya mengisinya bila kosong). Modul ini membungkus http(s).createServer sehingga SETIAP permintaan membawa
// header x-skp-alamat-soket = alamat lawan soket TCP; nilai yang dikirim klien selalu ditimpa. Penanda global
// Symbol.for("skp.alamatSoket") memberi tahu aplikasi bahwa header itu dapat dipercaya (lib/auth/alamat.ts;
// nama header dan penanda harus sama dengan konstanta di sana — diuji di lib/auth/alamat.test.ts).
"use strict";
const http = require("node:http");
const https = require("node:https");

const HEADER = "x-skp-alamat-soket";

function bungkus(pendengar) {
  if (typeof pendengar !== "function") return pendengar;
  return function (req, res) {
    req.headers[HEADER] = (req.socket && req.socket.remoteAddress) || "";
    return pendengar.call(this, req, res);
  };
}

for (const modul of [http, https]) {
  const asli = modul.createServer;
  modul.createServer = function createServer(...args) {
    const i = args.findIndex((a) => typeof a === "function");
    if (i >= 0) args[i] = bungkus(args[i]);
    const server = asli.apply(this, args);
    if (i < 0) {
      // createServer() tanpa pendengar: pendengar dipasang kemudian lewat on("request").
      const on = server.on;
      server.on = server.addListener = function (nama, f) {
        return on.call(this, nama, nama === "request" ? bungkus(f) : f);
      };
    }
    return server;
  };
}

globalThis[Symbol.for("skp.alamatSoket")] = true;
