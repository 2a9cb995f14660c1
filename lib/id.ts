// Id basis data berupa UUID. Id dari URL atau formulir diperiksa dulu agar kueri tidak gagal menjadi galat 500.
export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const adalahUuid = (s: string): boolean => UUID_RE.test(s);
