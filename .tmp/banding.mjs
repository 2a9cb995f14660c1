// node --max-old-space-size=12000 .tmp/banding.mjs a.heapsnapshot b.heapsnapshot
import { readFileSync } from "node:fs";
function ringkas(f) {
  const s = JSON.parse(readFileSync(f, "utf8"));
  const m = s.snapshot.meta; const nf = m.node_fields.length; const ti = m.node_fields.indexOf("type"), ni = m.node_fields.indexOf("name"), si = m.node_fields.indexOf("self_size");
  const types = m.node_types[0]; const per = new Map(); let total = 0;
  for (let i = 0; i < s.nodes.length; i += nf) {
    const t = types[s.nodes[i + ti]]; const nm = t === "object" || t === "closure" ? s.strings[s.nodes[i + ni]] : `(${t})`;
    const sz = s.nodes[i + si]; total += sz; const x = per.get(nm) ?? [0, 0]; x[0] += sz; x[1] += 1; per.set(nm, x);
  }
  return { total, per };
}
const [a, b] = process.argv.slice(2).map(ringkas);
console.log(`total ${(a.total / 1048576).toFixed(1)} MB → ${(b.total / 1048576).toFixed(1)} MB`);
const d = [...b.per].map(([k, v]) => [k, v[0] - (a.per.get(k)?.[0] ?? 0), v[1] - (a.per.get(k)?.[1] ?? 0), v[0]]).sort((x, y) => y[1] - x[1]).slice(0, 25);
for (const [k, ds, dn, tot] of d) console.log(`${(ds / 1048576).toFixed(2).padStart(8)} MB  ${String(dn).padStart(8)} obj  (total ${(tot / 1048576).toFixed(1)} MB)  ${String(k).slice(0, 80)}`);
