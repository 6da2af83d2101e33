/** The catalogue's two table layouts: industry as headings (序号 技术名称 编号 控制要点) or as a column (序号 行业 编号 技术名称 控制要点). */

export type Column = 'seq' | 'industry' | 'name' | 'code' | 'points';

/**
 * How a row's unlabelled text is read around its 编号 (the 编号 anchors every row, so it is the one fixed point):
 * what the text between the 序号 and the 编号 is, and what the text after the 编号 (before the first control point) is.
 */
export interface TableLayout {
  beforeCode: 'name' | 'industry' | 'none';
  afterCode: 'name' | 'none';
  /** The column names in the order read, for reports: 序号 技术名称 编号 控制要点. */
  label: string;
}

/** The final-text layout the importer always read: industry headings （一）…, then 序号 | 技术名称 | 编号 | 控制要点. */
export const HEADINGS_LAYOUT: TableLayout = { beforeCode: 'name', afterCode: 'none', label: '序号 技术名称 编号 控制要点' };
/** The 2022 draft's layout: one table, the industry in a column before the 编号, the name after it. */
export const COLUMN_LAYOUT: TableLayout = { beforeCode: 'industry', afterCode: 'name', label: '序号 行业 编号 技术名称 控制要点' };
/** Industry headings, but the 编号 before the name. */
export const CODE_FIRST_LAYOUT: TableLayout = { beforeCode: 'none', afterCode: 'name', label: '序号 编号 技术名称 控制要点' };

/** An industry column header as documents may print it: 行业, 所属行业, 行业名称, 行业类别, 行业分类. */
const INDUSTRY_NAME = '(?:所属)?行业(?:名称|类别|分类)?';
export const INDUSTRY_CELL = new RegExp(`^${INDUSTRY_NAME}$`);
const HEADER_NAMES = new RegExp(`序号|技术名称|编号|控制要点|${INDUSTRY_NAME}`, 'g');
const KNOWN_HEADER = new RegExp(`^(?:序号|技术名称|编号|控制要点|${INDUSTRY_NAME})+$`);

const COLUMN_OF = (cell: string): Column =>
  cell === '序号' ? 'seq' : cell === '技术名称' ? 'name' : cell === '编号' ? 'code' : cell === '控制要点' ? 'points' : 'industry';

export type HeaderLine = { columns: Column[]; cells: string[] } | { unknown: string[]; cells: string[] };

/**
 * Reads a table header line: nothing but column names (spaces between them or not). A line of three or more short
 * Chinese cells that includes 序号 and 编号 but also other names is an unknown header (reported, never guessed at).
 */
export function readHeader(text: string): HeaderLine | undefined {
  const squeezed = text.replace(/\s+/g, '');
  if (KNOWN_HEADER.test(squeezed)) {
    const cells = squeezed.match(HEADER_NAMES)!;
    return { columns: cells.map(COLUMN_OF), cells };
  }
  const cells = text.split(/\s+/).filter(Boolean);
  if (cells.length >= 3 && cells.includes('序号') && cells.includes('编号') && cells.every((c) => /^[\u4e00-\u9fff]{2,6}$/.test(c))) {
    return { unknown: cells.filter((c) => !KNOWN_HEADER.test(c)), cells };
  }
  return undefined;
}

/** The layout a header's column order gives, or undefined when the importer cannot read rows in that order. */
export function layoutOf(columns: Column[]): TableLayout | undefined {
  if (columns[0] !== 'seq' || columns.at(-1) !== 'points' || new Set(columns).size !== columns.length) return undefined;
  const middle = columns.slice(1, -1).join(' ');
  if (middle === 'name code') return HEADINGS_LAYOUT;
  if (middle === 'industry code name') return COLUMN_LAYOUT;
  if (middle === 'code name') return CODE_FIRST_LAYOUT;
  return undefined;
}

export const NEITHER_LAYOUT = `${HEADINGS_LAYOUT.label} (industry as headings) or ${COLUMN_LAYOUT.label} (industry as a column)`;
