// Portfolios in titles: "Strategic Affairs Minister X", "the Broadcasting Minister", "Director of Public
// Affairs", "Minister of Legislative Affairs and Parliamentary Councils X". The portfolio belongs to the
// title; it names no organisation of its own (the ministry, when named, is "Ministry of ...").
import type { Token } from '../lexicon/tokens.js';
import { TITLE_WORDS } from '../lexicon/roles.js';

/** Last words of a portfolio. */
const PORTFOLIO_HEADS = new Set(
  ('affairs broadcasting communications tourism fisheries forestry mines mining petroleum sport sports youth culture arts heritage housing ' +
    'planning development welfare infrastructure telecommunications aviation immigration customs agriculture environment transport ' +
    'transportation labour labor industry commerce education health finance defence defense interior justice energy trade economy ' +
    'treasury security information science technology innovation resources relations works councils').split(' '),
);

export const isPortfolioHead = (key: string) => PORTFOLIO_HEADS.has(key);

/** Is tokens[run[0..end)] a title, "of" and capitalised words ending in a portfolio: "Minister of Legislative Affairs"? */
export function titleOfPortfolio(tokens: Token[], run: number[]): boolean {
  let p = 0;
  while (p < run.length && TITLE_WORDS.has(tokens[run[p]].key)) p++;
  if (p === 0 || p >= run.length || tokens[run[p]].key !== 'of') return false;
  return run.length > p + 1 && PORTFOLIO_HEADS.has(tokens[run[run.length - 1]].key);
}

/** Is a run's part before a title a portfolio ("Strategic Affairs" in "Strategic Affairs Minister X")? */
export function portfolioBeforeTitle(tokens: Token[], part: number[]): boolean {
  return part.length <= 3 && PORTFOLIO_HEADS.has(tokens[part[part.length - 1]].key);
}

/** Is a whole run a portfolio and a title, no name: "Broadcasting Minister", "Public Affairs Director"? */
export function portfolioTitleOnly(tokens: Token[], run: number[]): boolean {
  const k = run.length - 1;
  if (k < 1 || !TITLE_WORDS.has(tokens[run[k]].key)) return false;
  let p = k;
  while (p > 0 && TITLE_WORDS.has(tokens[run[p - 1]].key)) p--;
  return p > 0 && p <= 3 && PORTFOLIO_HEADS.has(tokens[run[p - 1]].key);
}
