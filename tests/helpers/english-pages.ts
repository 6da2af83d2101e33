/** The English pages axe checks at 360 px in both colour schemes (tests/site/english.test.ts): one per template. */
export const AXE_PAGES = [
  '/en/',
  // The export-control section: index, announcement, item, codes, code, technologies, related instrument.
  '/en/controls/',
  '/en/controls/2025-62/',
  '/en/controls/2025-62/items/1-1/',
  '/en/controls/codes/',
  '/en/controls/codes/1E902.a/',
  '/en/technologies/',
  '/en/related/import-catalogue/',
  // The catalogue: one page per template.
  '/en/editions/',
  '/en/editions/2025/',
  '/en/parts/restricted/',
  '/en/industries/',
  '/en/industries/unknown/',
  '/en/codes/203912X/',
  '/en/entries/information-processing/',
  '/en/entries/uav/2023/',
  '/en/entries/information-processing/compare/2008...2020/',
  '/en/amendments/2025-28/',
  '/en/changes/',
  '/en/changes/2023-2025/',
  // Prose, the glossary, search and the English 404.
  '/en/about/',
  '/en/glossary/',
  '/en/coverage/',
  '/en/data/',
  '/en/search/',
  '/en/404.html',
];
