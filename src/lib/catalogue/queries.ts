/** Read-only questions pages ask of the catalogue: lists, groupings, timelines, counts. */
import type { Catalogue, Edition, EntryVersion, Removal } from './model.ts';
import { PARTS, type Part } from './schemas.ts';

/** Human label of an edition: 2023年版. */
export const editionLabel = (id: string): string => `${id}年版`;

export const PART_LABEL: Record<Part, { zh: string; en: string }> = {
  禁止: { zh: '禁止出口', en: 'Prohibited' },
  限制: { zh: '限制出口', en: 'Restricted' },
};

export const COMPLETENESS_LABEL = {
  complete: { zh: '完整', en: 'complete' },
  partial: { zh: '部分', en: 'partial' },
  'name-only': { zh: '仅名称', en: 'name only' },
} as const;

export function getEdition(cat: Catalogue, id: string): Edition {
  const e = cat.editions.find((x) => x.id === id);
  if (!e) throw new Error(`No edition ${id}`);
  return e;
}

export const versionsIn = (cat: Catalogue, edition: string): EntryVersion[] => cat.versions.get(edition) ?? [];

/** Every version of every entry, edition by edition. */
export const allVersions = (cat: Catalogue): EntryVersion[] => cat.editions.flatMap((e) => versionsIn(cat, e.id));

export const versionsOfPart = (versions: EntryVersion[], part: Part): EntryVersion[] => versions.filter((v) => v.part === part);

/** Versions grouped by industry heading in order of first appearance; entries without a heading come last (key null). */
export function groupByIndustry(versions: EntryVersion[]): { heading: string | null; versions: EntryVersion[] }[] {
  const groups = new Map<string | null, EntryVersion[]>();
  for (const v of versions) {
    const h = v.industry ?? null;
    (groups.get(h) ?? groups.set(h, []).get(h)!).push(v);
  }
  const named = [...groups].filter(([h]) => h !== null);
  const none = groups.get(null);
  return [...named.map(([heading, vs]) => ({ heading, versions: vs })), ...(none ? [{ heading: null, versions: none }] : [])];
}

/** Every industry heading used in any edition, sorted by Chinese collation. */
export function industries(cat: Catalogue): string[] {
  return [...new Set(allVersions(cat).flatMap((v) => (v.industry ? [v.industry] : [])))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

export interface TimelineStep {
  edition: Edition;
  version?: EntryVersion;
  removal?: Removal;
}

/** Memoises an index built once per list (a built catalogue is not changed; a scan per page made builds O(n²)). */
export function indexed<K extends object, V>(cache: WeakMap<K, V>, of: K, build: () => V): V {
  let v = cache.get(of);
  if (v === undefined) cache.set(of, (v = build()));
  return v;
}

/** First item per key, as Array.find would return it. */
function firstBy<T>(items: T[], keyOf: (t: T) => string): Map<string, T> {
  const m = new Map<string, T>();
  for (const t of items) if (!m.has(keyOf(t))) m.set(keyOf(t), t);
  return m;
}

const versionByKey = new WeakMap<EntryVersion[], Map<string, EntryVersion>>();
const removalByEditionKey = new WeakMap<Removal[], Map<string, Removal>>();

/** The editions in which an entry stands or was removed, in order; editions where it never appeared are left out. */
export function timeline(cat: Catalogue, key: string): TimelineStep[] {
  const removals = indexed(removalByEditionKey, cat.removals, () => firstBy(cat.removals, (r) => `${r.edition}/${r.key}`));
  return cat.editions.flatMap((edition) => {
    const list = versionsIn(cat, edition.id);
    const version = indexed(versionByKey, list, () => firstBy(list, (v) => v.key)).get(key);
    const removal = removals.get(`${edition.id}/${key}`);
    return version || removal ? [{ edition, version, removal }] : [];
  });
}

/** Every distinct entry key, with its versions. */
export function entryKeys(cat: Catalogue): string[] {
  return [...new Set([...allVersions(cat).map((v) => v.key), ...cat.removals.map((r) => r.key)])].sort();
}

export const latestVersion = (cat: Catalogue, key: string): EntryVersion | undefined =>
  timeline(cat, key).flatMap((s) => (s.version ? [s.version] : [])).at(-1);

const versionsByCodeIndex = new WeakMap<Catalogue, Map<string, EntryVersion[]>>();

/** Every version that carries `code` now or carried it before, edition by edition. */
export function versionsByCode(cat: Catalogue, code: string): EntryVersion[] {
  const index = indexed(versionsByCodeIndex, cat, () => {
    const m = new Map<string, EntryVersion[]>();
    for (const v of allVersions(cat)) {
      for (const c of new Set([...(v.code ? [v.code] : []), ...v.formerCodes])) (m.get(c) ?? m.set(c, []).get(c)!).push(v);
    }
    return m;
  });
  return [...(index.get(code) ?? [])];
}

/** Every code used in any edition (current or former). */
export const allCodes = (cat: Catalogue): string[] =>
  [...new Set(allVersions(cat).flatMap((v) => (v.code ? [v.code, ...v.formerCodes] : v.formerCodes)))].sort();

export interface HeldCounts {
  total: number;
  byPart: Record<Part, number>;
  complete: number;
  partial: number;
  nameOnly: number;
}

export function heldCounts(versions: EntryVersion[]): HeldCounts {
  const byPart = Object.fromEntries(PARTS.map((p) => [p, versions.filter((v) => v.part === p).length])) as Record<Part, number>;
  return {
    total: versions.length,
    byPart,
    complete: versions.filter((v) => v.completeness === 'complete').length,
    partial: versions.filter((v) => v.completeness === 'partial').length,
    nameOnly: versions.filter((v) => v.completeness === 'name-only').length,
  };
}

export const officialTotal = (e: Edition): number => e.data.totals.禁止 + e.data.totals.限制;
