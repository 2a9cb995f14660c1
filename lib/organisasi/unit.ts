// Aturan pohon unit kerja (murni).

/** Unit itu dan semua turunannya. Aman terhadap siklus. */
export function unitDanTurunan(units: ReadonlyMap<string, { id: string; parentId: string | null }>, akarId: string): string[] {
  const anak = new Map<string, string[]>();
  for (const u of units.values()) if (u.parentId) anak.set(u.parentId, [...(anak.get(u.parentId) ?? []), u.id]);
  const hasil: string[] = [];
  const antre = [akarId];
  const dilihat = new Set<string>();
  while (antre.length) {
    const id = antre.pop()!;
    if (dilihat.has(id)) continue;
    dilihat.add(id);
    hasil.push(id);
    antre.push(...(anak.get(id) ?? []));
  }
  return hasil;
}

