// SPDX-License-Identifier: Apache-2.0
import { label, t } from '../../i18n/index.js';
import { formatDateTime } from '../../utils/format.js';

export const runColumns = () => [
  { label: t('screening.id'), value: (r) => r.id },
  { label: t('screening.region'), value: (r) => r.regionCode },
  { label: t('screening.date'), value: (r) => r.screeningDate },
  { label: t('screening.mode'), value: (r) => t(r.incremental ? 'screening.incrementalShort' : 'screening.full') },
  { label: t('screening.ruleSet'), value: (r) => r.ruleSetVersion },
  { label: t('screening.parameterVersion'), value: (r) => r.parameterVersion },
  { label: t('screening.households'), value: (r) => r.households },
  { label: t('screening.hits'), value: (r) => r.hits },
  { label: t('screening.errors'), value: (r) => r.errors },
  { label: t('screening.state'), value: (r) => label('jobStates', r.state) },
  { label: t('screening.by'), value: (r) => r.createdBy },
  { label: t('screening.started'), value: (r) => formatDateTime(r.startedAt) },
  { label: t('screening.finished'), value: (r) => formatDateTime(r.finishedAt) },
];
