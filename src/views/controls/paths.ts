/** The export-control section's routes, shared by the Chinese pages and their English counterparts under /en/. */
import { getSiteContent } from '../../data/controls.ts';
import { clauseHeadingEn } from '../../lib/controls/clause-labels.ts';
import { instrumentName, instrumentNameEn, ITEM_KIND_LABEL } from '../../lib/controls/labels.ts';
import { useTranslations, type Locale } from '../../lib/site/i18n.ts';

/** /controls/<id>/ */
export const instrumentPaths = async () => (await getSiteContent()).controls.instruments.map((i) => ({ params: { id: i.id } }));
/** /controls/<id>/items/<item>/ */
export const itemPaths = async () => (await getSiteContent()).controls.items.map((it) => ({ params: { id: it.instrument, item: it.id } }));
/** /controls/codes/<code>/ */
export const codePaths = async () => [...(await getSiteContent()).controls.codes.keys()].map((code) => ({ params: { code } }));
/** /related/<id>/ */
export const relatedPaths = async () => (await getSiteContent()).related.map((r) => ({ params: { id: r.id } }));

/** Titles and descriptions of the section's pages, in the page's language (the Chinese ones as they always were). */
export interface PageMeta { title: string; description: string }

export async function instrumentMeta(id: string, locale: Locale): Promise<PageMeta> {
  const inst = (await getSiteContent()).controls.byId.get(id)!;
  if (locale === 'en') return { title: instrumentNameEn(inst), description: useTranslations('en')('ctl.meta.instrument', { name: instrumentNameEn(inst) }) };
  const name = instrumentName(inst);
  return { title: name, description: `${name}（${inst.data.subject}）：条文、管制物项、状态与来源。` };
}

export async function itemMeta(id: string, itemId: string, locale: Locale): Promise<PageMeta> {
  const inst = (await getSiteContent()).controls.byId.get(id)!;
  const item = inst.items.find((it) => it.id === itemId)!;
  if (locale === 'en') {
    const nameEn = instrumentNameEn(inst);
    const heading = item.codes.length ? item.codes.join(', ') : useTranslations('en')('ctl.item.noCodeHeading', { label: `${clauseHeadingEn(item.clause)} [${item.clause.label}]` });
    const codes = item.codes.length ? useTranslations('en')('ctl.meta.itemCodes', { codes: item.codes.join(', ') }) : '';
    return { title: `${heading} · ${nameEn}`, description: useTranslations('en')('ctl.meta.item', { kind: ITEM_KIND_LABEL[item.kind].en, name: nameEn, codes }) };
  }
  const name = instrumentName(inst);
  const heading = item.codes.length ? item.codes.join('、') : `${item.clause.label}（无管制编码）`;
  return { title: `${heading} · ${name}`, description: `${name}${item.clause.label}所列的管制${ITEM_KIND_LABEL[item.kind].zh}${item.codes.length ? `（管制编码${item.codes.join('、')}）` : ''}：原文、状态与来源。` };
}

export async function codeMeta(code: string, locale: Locale): Promise<PageMeta> {
  const items = (await getSiteContent()).controls.codes.get(code)!;
  if (locale === 'en') {
    const kinds = [...new Set(items.map((it) => ITEM_KIND_LABEL[it.kind].en))].join(', ');
    const t = useTranslations('en');
    return { title: `${t('ctl.code.title')} ${code}`, description: t('ctl.meta.code', { code, kinds }) };
  }
  const kinds = [...new Set(items.map((it) => ITEM_KIND_LABEL[it.kind].zh))].join('、');
  return { title: `管制编码 ${code}`, description: `管制编码${code}（${kinds}）在本站收录的出口管制公告中的原文与状态。` };
}

export async function relatedMeta(id: string, locale: Locale): Promise<PageMeta> {
  const r = (await getSiteContent()).related.find((x) => x.id === id)!;
  if (locale === 'en') { const t = useTranslations('en'); return { title: t('ctl.related.title'), description: t('ctl.meta.related') }; }
  return { title: `《${r.name}》`, description: `《${r.name}》：本站所知的事实与来源（没有条文）。` };
}
