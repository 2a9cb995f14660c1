import path from "node:path";
import { describe, expect, it } from "vitest";
import { PenyimpananLokal, PenyimpananS3, kunciSah, pastikanKunci, penyimpananDariEnv } from "@/lib/penyimpanan";

const AKAR = path.resolve("/srv/skp");

describe("kunciSah / pastikanKunci", () => {
  it.each(["bukti/0b8e5c1e-6a3f-4f57-9d3e-2f1c0a9b7c6d", "a", "0", "a/b/c", "a_b-c"])("sah: %j", (k) => {
    expect(kunciSah(k)).toBe(true);
    expect(pastikanKunci(k)).toBe(k);
  });

  it.each(["", "../x", "/abs", "a/../../b", "A", "bukti/X", "a//b", "a/", "-a", "_a", ".a", "a.b", "a b", "a\\b", "a\nb", `a${"b".repeat(201)}`])(
    "tidak sah: %j",
    (k) => {
      expect(kunciSah(k)).toBe(false);
      expect(() => pastikanKunci(k)).toThrow(/Kunci penyimpanan tidak sah/);
    },
  );

  it("panjang maksimal 201 karakter", () => {
    expect(kunciSah(`a${"b".repeat(200)}`)).toBe(true);
  });

  it("bukan string", () => {
    expect(kunciSah(undefined)).toBe(false);
    expect(() => pastikanKunci(42)).toThrow(/tidak sah: number/);
  });
});

describe("penyimpananDariEnv", () => {
  it("bawaan: lokal di <akar>/.data/berkas", () => {
    const p = penyimpananDariEnv({}, AKAR);
    expect(p).toBeInstanceOf(PenyimpananLokal);
    expect(p.jenis).toBe("lokal");
    expect((p as PenyimpananLokal).folder).toBe(path.join(AKAR, ".data", "berkas"));
  });

  it("DATA_DIR relatif/absolut dan SKP_FOLDER_BERKAS (menang atas DATA_DIR)", () => {
    expect((penyimpananDariEnv({ DATA_DIR: "var" }, AKAR) as PenyimpananLokal).folder).toBe(path.join(AKAR, "var", "berkas"));
    expect((penyimpananDariEnv({ DATA_DIR: "/data" }, AKAR) as PenyimpananLokal).folder).toBe(path.resolve("/data", "berkas"));
    expect((penyimpananDariEnv({ DATA_DIR: "/data", SKP_FOLDER_BERKAS: "unggahan" }, AKAR) as PenyimpananLokal).folder).toBe(
      path.join(AKAR, "unggahan"),
    );
    expect((penyimpananDariEnv({ SKP_PENYIMPANAN: "lokal", SKP_FOLDER_BERKAS: "/mnt/berkas" }, AKAR) as PenyimpananLokal).folder).toBe(
      path.resolve("/mnt/berkas"),
    );
  });

  it("SKP_PENYIMPANAN=s3 lengkap → PenyimpananS3", () => {
    const p = penyimpananDariEnv(
      { SKP_PENYIMPANAN: "S3", SKP_S3_BUCKET: "bukti", SKP_S3_ACCESS_KEY_ID: "AK", SKP_S3_SECRET_ACCESS_KEY: "SK" },
      AKAR,
    );
    expect(p).toBeInstanceOf(PenyimpananS3);
    expect(p.jenis).toBe("s3");
    expect((p as PenyimpananS3).bucket).toBe("bukti");
    (p as PenyimpananS3).tutup();
  });

  it("variabel S3 yang kurang disebutkan semuanya", () => {
    expect(() => penyimpananDariEnv({ SKP_PENYIMPANAN: "s3" }, AKAR)).toThrow(
      "Penyimpanan S3 (SKP_PENYIMPANAN=s3) belum lengkap: variabel SKP_S3_BUCKET, SKP_S3_ACCESS_KEY_ID, SKP_S3_SECRET_ACCESS_KEY belum diisi.",
    );
    expect(() => penyimpananDariEnv({ SKP_PENYIMPANAN: "s3", SKP_S3_BUCKET: "b", SKP_S3_ACCESS_KEY_ID: " " }, AKAR)).toThrow(
      /variabel SKP_S3_ACCESS_KEY_ID, SKP_S3_SECRET_ACCESS_KEY belum diisi/,
    );
  });

  it("endpoint dan SKP_S3_FORCE_PATH_STYLE yang tidak sah ditolak dengan jelas", () => {
    const dasar = { SKP_PENYIMPANAN: "s3", SKP_S3_BUCKET: "b", SKP_S3_ACCESS_KEY_ID: "a", SKP_S3_SECRET_ACCESS_KEY: "s" };
    expect(() => penyimpananDariEnv({ ...dasar, SKP_S3_ENDPOINT: "minio:9000" }, AKAR)).toThrow(/SKP_S3_ENDPOINT harus berupa URL/);
    expect(() => penyimpananDariEnv({ ...dasar, SKP_S3_ENDPOINT: "http://minio:9000", SKP_S3_FORCE_PATH_STYLE: "mungkin" }, AKAR)).toThrow(
      /SKP_S3_FORCE_PATH_STYLE harus "1" atau "0"/,
    );
    const ok = penyimpananDariEnv({ ...dasar, SKP_S3_ENDPOINT: "http://minio:9000", SKP_S3_FORCE_PATH_STYLE: "0" }, AKAR);
    expect(ok.jenis).toBe("s3");
    (ok as PenyimpananS3).tutup();
  });

  it("nilai SKP_PENYIMPANAN tak dikenal adalah galat, bukan diam-diam lokal", () => {
    expect(() => penyimpananDariEnv({ SKP_PENYIMPANAN: "gcs" }, AKAR)).toThrow(/SKP_PENYIMPANAN tidak dikenal: "gcs"/);
  });
});
