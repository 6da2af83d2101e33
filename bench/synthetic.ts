/**
 * Writes a synthetic, plainly fictional catalogue for the scale benchmark: 4 editions (two full-text, two computed
 * from amendment files), 40 industry headings, control points of realistic length. Every name, heading and point is
 * marked as test text (测试条目…, 测试行业…, 基准测试填充文字) so nothing here can be mistaken for catalogue wording.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** Fictional edition years, far from any real edition. */
export const SYNTHETIC_EDITIONS = { first: '2901', firstAmended: '2902', second: '2903', secondAmended: '2904' } as const;
export const INDUSTRY_COUNT = 40;

const SOURCE = {
  title: '基准测试生成的虚构数据（不是目录原文）',
  url: 'https://example.org/bench-fictional',
  grade: 'A',
  note: '由 scripts/bench.ts 生成，仅供性能测试。',
} as const;

/** Filler phrases, each visibly test text; combined with numbers they give an index a realistic vocabulary size. */
const FILLER = [
  '本句为基准测试填充文字',
  '不属于任何官方目录',
  '用于估算页面与索引体积',
  '测试参数甲',
  '测试参数乙',
  '测试工艺丙',
  '测试设备丁',
  '测试材料戊',
  '仅供性能测试使用',
  '虚构的技术指标',
  '模拟的控制范围',
  '示例性的说明文字',
];

/** Deterministic pseudo-random numbers (mulberry32), so two runs generate identical content. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 5) => String(n).padStart(w, '0');
const industry = (i: number) => `测试行业${pad((i % INDUSTRY_COUNT) + 1, 2)}`;
const partOf = (i: number): '禁止' | '限制' => (i % 8 === 0 ? '禁止' : '限制');
const letter = (part: '禁止' | '限制') => (part === '禁止' ? 'J' : 'X');

/** A control point of 30–90 characters, clearly test text. */
function pointText(rand: () => number, i: number, n: number): string {
  const parts = [`测试条目${i}第${n}项要点`];
  const len = 2 + Math.floor(rand() * 5);
  for (let k = 0; k < len; k++) {
    const phrase = FILLER[Math.floor(rand() * FILLER.length)]!;
    parts.push(k % 2 ? `${phrase}${Math.floor(rand() * 1000)}号` : phrase);
  }
  return `${parts.join('，')}。`;
}

function points(rand: () => number, i: number): { n: number; text: string }[] {
  const count = 2 + Math.floor(rand() * 5);
  return Array.from({ length: count }, (_, k) => ({ n: k + 1, text: pointText(rand, i, k + 1) }));
}

function write(file: string, data: unknown, body = ''): void {
  writeFileSync(file, `---\n${yaml.dump(data, { lineWidth: -1 })}---\n${body}\n`);
}

export interface SyntheticSummary {
  dir: string;
  entryFiles: number;
  clauses: number;
}

/**
 * Writes `<dir>/content/` with `entries` entry files in total: half in each full-text edition (2901, 2903); the second
 * keeps 90 % of the first's keys (renumbered, old code in formerCodes) and adds new ones. Each amendment carries about
 * 7 clauses per 100 entries (delete, add, replace-cp, add-cp, rename).
 */
export function generateCatalogue(dir: string, entries: number): SyntheticSummary {
  rmSync(dir, { recursive: true, force: true });
  const content = join(dir, 'content');
  for (const sub of ['editions', 'amendments', `entries/${SYNTHETIC_EDITIONS.first}`, `entries/${SYNTHETIC_EDITIONS.second}`]) {
    mkdirSync(join(content, sub), { recursive: true });
  }
  const rand = rng(entries);
  const half = Math.max(10, Math.floor(entries / 2));
  const totals = { 禁止: entries * 2, 限制: entries * 2 };
  const E = SYNTHETIC_EDITIONS;

  const edition = (id: string, arises: object, summary: string) =>
    write(join(content, 'editions', `${id}.md`), {
      edition: id,
      instrument: `基准测试虚构文件${id}号`,
      published: `${id}-01-15`,
      inForce: `${id}-02-01`,
      totals,
      arises,
      summary,
    }, '虚构版本，仅供性能测试。');
  edition(E.first, { kind: 'full-text' }, '虚构的全文版本（基准测试）。');
  edition(E.firstAmended, { kind: 'amended', base: E.first, amendment: `${E.firstAmended}-1` }, '虚构的调整版本（基准测试）。');
  edition(E.second, { kind: 'full-text' }, '虚构的第二个全文版本（基准测试）。');
  edition(E.secondAmended, { kind: 'amended', base: E.second, amendment: `${E.secondAmended}-1` }, '虚构的第二个调整版本（基准测试）。');

  type Spec = { key: string; i: number; part: '禁止' | '限制'; code: string; name: string };
  const seqs = { 禁止: 0, 限制: 0 };
  const writeEntry = (ed: string, s: Spec, extra: object) => {
    seqs[s.part] += 1;
    write(
      join(content, 'entries', ed, `${s.key}.md`),
      {
        edition: ed,
        part: s.part,
        code: s.code,
        seq: seqs[s.part],
        industry: industry(s.i),
        name: s.name,
        completeness: 'complete',
        controlPoints: points(rand, s.i),
        sources: [SOURCE],
        ...extra,
      },
      s.i % 3 === 0 ? `虚构条目${s.i}的说明，仅供性能测试，不是目录原文。` : '',
    );
  };

  const first: Spec[] = [];
  for (let i = 1; i <= half; i++) {
    const part = partOf(i);
    first.push({ key: `bench-${pad(i)}`, i, part, code: `9${pad(i)}${letter(part)}`, name: `测试条目${i}（虚构）` });
  }
  for (const s of first) writeEntry(E.first, s, {});

  seqs.禁止 = 0;
  seqs.限制 = 0;
  const kept = Math.floor(half * 0.9);
  const second: Spec[] = [];
  for (let k = 0; k < half; k++) {
    const i = k < kept ? first[k]!.i : half + k + 1;
    const part = partOf(i);
    second.push({ key: `bench-${pad(i)}`, i, part, code: `8${pad(k + 1)}${letter(part)}`, name: `测试条目${i}（虚构）` });
  }
  for (const [k, s] of second.entries()) writeEntry(E.second, s, k < kept ? { formerCodes: [first[k]!.code] } : {});

  let clauses = 0;
  const amendment = (id: string, base: string, result: string, specs: Spec[], newFrom: number, codePrefix: string) => {
    const list: object[] = [];
    const counts = { deleted: 0, added: 0, modified: 0 };
    let added = 0;
    specs.forEach((s, k) => {
      const target = { key: s.key, code: s.code, name: s.name };
      const base = { part: s.part, industry: industry(s.i), source: SOURCE };
      switch (k % 100) {
        case 5:
        case 55:
          list.push({ ...base, op: 'delete', target, wording: `删去${s.name}（虚构条款）。` });
          counts.deleted++;
          break;
        case 15:
        case 65:
          list.push({ ...base, op: 'replace-cp', target, cp: 1, text: pointText(rand, s.i, 1) });
          counts.modified++;
          break;
        case 25:
          list.push({ ...base, op: 'add-cp', target, points: [{ n: 90, text: pointText(rand, s.i, 90) }] });
          counts.modified++;
          break;
        case 35:
          list.push({ ...base, op: 'rename', target, text: `${s.name}（虚构更名）` });
          counts.modified++;
          break;
        case 45: {
          added++;
          const i = newFrom + added;
          const part = partOf(i);
          list.push({
            part,
            industry: industry(i),
            op: 'add',
            source: SOURCE,
            entry: {
              key: `bench-${pad(i)}`,
              part,
              code: `${codePrefix}${pad(i % 100000)}${letter(part)}`,
              name: `测试条目${i}（虚构）`,
              completeness: 'complete',
              controlPoints: points(rand, i),
            },
          });
          counts.added++;
          break;
        }
      }
    });
    list.forEach((c, n) => Object.assign(c, { n: n + 1 }));
    clauses += list.length;
    write(join(content, 'amendments', `${id}.md`), {
      id,
      instrument: `基准测试虚构公告${id}`,
      published: `${result}-01-15`,
      base,
      result,
      counts: {
        deleted: { total: counts.deleted },
        added: { total: counts.added },
        modified: { total: counts.modified },
      },
      countsSource: SOURCE,
      clauses: list,
    }, '虚构调整清单，仅供性能测试。');
  };
  amendment(`${E.firstAmended}-1`, E.first, E.firstAmended, first, entries * 3, '7');
  amendment(`${E.secondAmended}-1`, E.second, E.secondAmended, second, entries * 4, '6');

  return { dir, entryFiles: first.length + second.length, clauses };
}
