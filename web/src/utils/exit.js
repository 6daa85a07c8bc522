// SPDX-License-Identifier: Apache-2.0
// How the exit evaluation's criteria read (ExitViews.CriterionView): rates are fractions, income is yuan,
// the 三保障 criteria carry the number of members that fail them. The verdict and its sentence are the server's.
import { t, label } from '../i18n/index.js';
import { formatMoney, formatNumber } from './format.js';

/** The years the poverty history covers (year ends); 2013 is the 建档立卡 baseline. */
export const HISTORY_YEARS = [2020, 2019, 2018, 2017, 2016, 2015, 2014, 2013];
/** The year the overview opens on when the user's own county says nothing better: the last year before the final exits. */
export const DEFAULT_YEAR = 2019;
/** The API refuses years outside 2013–2030 (SurveyService.year). */
export const MIN_YEAR = 2013;
export const MAX_YEAR = 2030;

const RATES = { INCIDENCE: 'BELOW', WRONG_EXIT: 'BELOW', MISSED: 'BELOW', RECOGNITION: 'AT_LEAST' };
const UNITS = { INCIDENCE: 'persons', WRONG_EXIT: 'persons', MISSED: 'persons', RECOGNITION: 'households' };

export const percent = (fraction) => (fraction == null ? '—' : `${(Number(fraction) * 100).toFixed(2)}%`);

/** The criterion's value as a person reads it. */
export function shownValue(c) {
  if (RATES[c.criterion]) return percent(c.value);
  if (c.verdict === 'UNKNOWN' && c.value == null) return t('exit.shown.unknown');
  switch (c.criterion) {
    case 'INCOME': return t('exit.shown.income', { value: formatMoney(c.value) });
    case 'EDUCATION': return t('exit.shown.outOfSchool', { n: formatNumber(c.value) });
    case 'MEDICAL': return t('exit.shown.uninsured', { n: formatNumber(c.value) });
    default: return t(c.verdict === 'FAIL' ? 'exit.shown.unsafe' : 'exit.shown.safe');
  }
}

/** What the criterion requires (its threshold with the comparison). */
export function shownRequirement(c) {
  const comparison = RATES[c.criterion];
  if (comparison) return t(`exit.required.${comparison}`, { value: percent(c.threshold) });
  if (c.criterion === 'INCOME') return t('exit.required.INCOME', { value: formatMoney(c.threshold) });
  return t(`exit.required.${c.criterion}`);
}

/** The counts a rate was computed from ("4 / 662 人"), or ''. */
export function shownCounts(c) {
  if (c.numerator == null || c.denominator == null) return '';
  return `${formatNumber(c.numerator)} / ${formatNumber(c.denominator)} ${t(`exit.units.${UNITS[c.criterion] ?? 'persons'}`)}`;
}

export const criterionOf = (evaluation, code) => evaluation?.criteria?.find((c) => c.criterion === code) ?? null;

export const VERDICT_TAGS = { PASS: 'success', FAIL: 'danger', UNKNOWN: 'warning' };

/** CSV columns of one criterion of an evaluation: value, requirement and verdict. */
export function criterionColumns(code, title) {
  return [
    { label: title, value: (r) => { const c = criterionOf(r.evaluation, code); return c ? percent(c.value) : ''; } },
    { label: `${title}${t('exit.counts')}`, value: (r) => { const c = criterionOf(r.evaluation, code); return c ? shownCounts(c) : ''; } },
    { label: `${title}${t('exit.verdict')}`, value: (r) => label('exitVerdicts', criterionOf(r.evaluation, code)?.verdict) },
  ];
}

export const reasonsOf = (evaluation) => (evaluation?.reasons ?? []).join('；');
