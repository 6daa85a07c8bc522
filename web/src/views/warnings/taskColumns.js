// SPDX-License-Identifier: Apache-2.0
import { label, readableCodes, t } from '../../i18n/index.js';

/** The columns of the task list's CSV export. */
export const taskColumns = () => [
  { label: t('households.id'), value: (r) => r.householdId },
  { label: t('households.village'), value: (r) => r.villageName },
  { label: t('households.head'), value: (r) => r.headName },
  { label: t('households.category'), value: (r) => label('categories', r.category) },
  { label: t('warnings.kind'), value: (r) => label('findingKinds', r.finding.kind) },
  { label: t('warnings.rule'), value: (r) => r.finding.title ?? r.finding.ruleCode },
  { label: t('warnings.ruleCode'), value: (r) => `${r.finding.ruleCode} v${r.finding.ruleVersion}` },
  { label: t('warnings.riskType'), value: (r) => r.finding.riskTypeLabel },
  { label: t('warnings.suggested'), value: (r) => r.finding.suggestedCategory },
  { label: t('warnings.status'), value: (r) => label('findingStatus', r.finding.status) },
  { label: t('warnings.explanation'), value: (r) => readableCodes(r.finding.explanation) },
  { label: t('warnings.screeningDate'), value: (r) => r.finding.screeningDate },
];
