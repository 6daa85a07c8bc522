// SPDX-License-Identifier: Apache-2.0
// The API calls the pages make, one function each (see the controllers under app/ and /v3/api-docs).
import { request, download, fetchBlob, fetchText } from './http.js';

const V1 = '/api/v1';

export const auth = {
  token: (username, password) => request(`${V1}/auth/token`, { method: 'POST', body: { username, password }, anonymous: true }),
  me: () => request(`${V1}/auth/me`),
  logout: () => request(`${V1}/auth/logout`, { method: 'POST' }),
};

export const regions = {
  get: (code) => request(`${V1}/regions/${code}`),
  children: (code, page = 0, size = 500) => request(`${V1}/regions/${code}/children`, { query: { page, size } }),
  stats: (code) => request(`${V1}/regions/${code}/stats`),
  search: (q, size = 20) => request(`${V1}/regions/search`, { query: { q, size } }),
};

export const households = {
  list: (query) => request(`${V1}/households`, { query }),
  get: (id, asOf) => request(`${V1}/households/${encodeURIComponent(id)}`, { query: { asOf } }),
  unmasked: (id, reason, asOf) => request(`${V1}/households/${encodeURIComponent(id)}`, { query: { unmasked: true, reason, asOf } }),
  history: (id) => request(`${V1}/households/${encodeURIComponent(id)}/history`),
  warnings: (id) => request(`${V1}/households/${encodeURIComponent(id)}/warnings`),
  export: (query) => download(`${V1}/households/export`, { format: 'xlsx', ...query }, 'households.xlsx'),
  import: (file) => upload(`${V1}/households/imports`, file),
};

export const feeds = {
  import: (file) => upload(`${V1}/feeds/imports`, file),
};

export const jobs = {
  get: (id) => request(`${V1}/jobs/${id}`),
  cancel: (id) => request(`${V1}/jobs/${id}/cancel`, { method: 'POST' }),
  errorReport: (id) => download(`${V1}/jobs/${id}/errors.xlsx`, {}, `errors-${id}.xlsx`),
};

export const screening = {
  summary: (region) => request(`${V1}/screening/summary`, { query: { region } }),
  tasks: (query) => request(`${V1}/screening/tasks`, { query }),
  /** The whole task list of the filters, streamed by the server ({ region, kind, status, rule }). */
  tasksExport: (query) => download(`${V1}/screening/tasks/export`, { format: 'xlsx', ...query }, 'warnings.xlsx'),
  runs: (size = 20) => request(`${V1}/screening/runs`, { query: { size } }),
  runsExport: () => download(`${V1}/screening/runs/export`, { format: 'xlsx' }, 'screening-runs.xlsx'),
  start: (body) => request(`${V1}/screening/runs`, { method: 'POST', body }),
  counts: (runId, region) => request(`${V1}/screening/runs/${runId}/counts`, { query: { region } }),
  whatIf: (body) => request(`${V1}/screening/what-if`, { method: 'POST', body }),
};

export const rules = {
  active: () => request(`${V1}/rules`),
  set: (version) => request(`${V1}/rules/sets/${version}`),
  versions: (code) => request(`${V1}/rules/${encodeURIComponent(code)}`),
  validate: (condition) => request(`${V1}/rules/validate`, { method: 'POST', body: { condition } }),
  /** 在一户上试算: { householdId, code?, condition?, date? } → status, explanation, inputs; nothing is stored. */
  test: (body) => request(`${V1}/rules/test`, { method: 'POST', body }),
  catalog: () => request(`${V1}/rules/catalog`),
  parameters: () => request(`${V1}/parameters`),
};

export const audit = {
  list: (query) => request(`${V1}/audit`, { query }),
  export: (query) => download(`${V1}/audit/export`, { format: 'xlsx', ...query }, 'audit.xlsx'),
};

const post = (path, body) => request(path, { method: 'POST', body });
const caseUrl = (id) => `${V1}/monitoring/cases/${id}`;
const hh = (id) => encodeURIComponent(id);

/** 防返贫监测: leads, cases and each step of the procedure (CaseController, LeadController). */
export const monitoring = {
  cases: (query) => request(`${V1}/monitoring/cases`, { query }),
  /** Every case of the list's filters, streamed by the server ({ region, kind, stage, open, overdue }). */
  casesExport: (query) => download(`${V1}/monitoring/cases/export`, { format: 'xlsx', ...query }, 'cases.xlsx'),
  case: (id) => request(caseUrl(id)),
  overdue: (query) => request(`${V1}/monitoring/overdue`, { query }),
  overdueExport: (query) => download(`${V1}/monitoring/overdue/export`, { format: 'xlsx', ...query }, 'overdue.xlsx'),
  lead: (body) => post(`${V1}/monitoring/leads`, body),
  /** 线索 of a region, newest first: { region, channel, from, to, before, size } → { items, next } (next goes back as before). */
  leads: (query) => request(`${V1}/monitoring/leads`, { query }),
  leadsExport: (query) => download(`${V1}/monitoring/leads/export`, { format: 'xlsx', ...query }, 'leads.xlsx'),
  household: (id) => request(`${V1}/monitoring/households/${hh(id)}`),
  /** step: visit, village-review, objections, notice-end, township-review, confirmation, decline, help-first */
  step: (id, step, body) => post(`${caseUrl(id)}/${step}`, body),
  /** The village notice (公示) of the case as HTML, fetched with the token. */
  notice: (id) => fetchText(`${caseUrl(id)}/notice`),
  /** 案件附件: the signed authorisation's photo (AUTHORISATION) or other evidence (EVIDENCE); JPEG, PNG or PDF. */
  attachments: (id) => request(`${caseUrl(id)}/attachments`),
  attach: (id, file, kind = 'AUTHORISATION') => {
    const form = new FormData();
    form.append('file', file);
    return request(`${caseUrl(id)}/attachments`, { method: 'POST', form, query: { kind } });
  },
  /** An attachment's content (every download is audited, with the reason). */
  attachment: (id, attachmentId, reason) => fetchBlob(`${caseUrl(id)}/attachments/${attachmentId}`, { reason }),
  eligibility: (id, assessment) => post(`${V1}/monitoring/households/${hh(id)}/removal/eligibility`, assessment),
  applyForRemoval: (id, assessment) => post(`${V1}/monitoring/households/${hh(id)}/removal`, assessment),
  monthly: (region, month) => request(`${V1}/monitoring/reports/monthly`, { query: { region, month } }),
  monthlyXlsx: (region, month) => download(`${V1}/monitoring/reports/monthly.xlsx`, { region, month }, `monthly-${region}-${month}.xlsx`),
};

/** 帮扶: the measure catalogue, a household's plan and measures (AssistanceController). */
export const assistance = {
  catalogue: () => request(`${V1}/assistance/catalogue`),
  /** 帮扶缺口: monitored households with a risk past its time limit without a measure ({ region, after, size }). */
  gaps: (query) => request(`${V1}/assistance/gaps`, { query }),
  gapsExport: (query) => download(`${V1}/assistance/gaps/export`, { format: 'xlsx', ...query }, 'gaps.xlsx'),
  plan: (id) => request(`${V1}/assistance/households/${hh(id)}/plan`),
  addMeasure: (id, body) => post(`${V1}/assistance/households/${hh(id)}/measures`, body),
  carriedOut: (measureId, body) => post(`${V1}/assistance/measures/${measureId}/carried-out`, body),
};

export const reports = {
  poverty: (region, year) => request(`${V1}/reports/poverty`, { query: { region, year } }),
  povertyExport: (region) => download(`${V1}/reports/poverty/export`, { region, from: 2013, to: 2020 }, `poverty-${region}.xlsx`),
};

/**
 * 贫困退出评估 (ExitController): households, villages and counties of any year 2013–2020 with every criterion
 * explained; the third-party sample survey of a county's year; a poverty county's approved exit (摘帽).
 */
export const exit = {
  household: (id, year) => request(`${V1}/exit/households/${hh(id)}/evaluation`, { query: { year } }),
  village: (code, year) => request(`${V1}/exit/villages/${code}/evaluation`, { query: { year } }),
  /** The villages of a region (only the designated poor villages unless poorOnly is false; at most 5,000). */
  villages: (region, year, poorOnly = true) => request(`${V1}/exit/villages`, { query: { region, year, poorOnly } }),
  county: (code, year) => request(`${V1}/exit/counties/${code}/evaluation`, { query: { year } }),
  /** The counties of a province or city (a county: itself) with history, a designation or a survey. */
  counties: (region, year) => request(`${V1}/exit/counties`, { query: { region, year } }),
  /** { year, appliedOn, cityReviewedOn, assessedOn, noticeFrom, noticeTo, approvedOn, reason } → the evaluation it rests on. */
  approve: (code, body) => post(`${V1}/exit/counties/${code}/approval`, body),
  survey: (county, year) => request(`${V1}/exit/surveys`, { query: { county, year } }),
  /** { county, year, surveyor, surveyedOn, entries: [{ householdId, sample, persons, wrongExit, missed, recognises }] } */
  recordSurvey: (batch) => post(`${V1}/exit/surveys`, batch),
  deleteSurveyEntry: (id, reason) => request(`${V1}/exit/surveys/entries/${id}`, { method: 'DELETE', query: { reason } }),
};

function upload(path, file) {
  const form = new FormData();
  form.append('file', file);
  return request(path, { method: 'POST', form });
}
