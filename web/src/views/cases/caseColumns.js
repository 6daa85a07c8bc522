// SPDX-License-Identifier: Apache-2.0
import { t } from '../../i18n/index.js';

/** The columns of the case list's CSV export (the API has no export of its own). */
export const caseColumns = () => [
  { label: t('cases.id'), value: (r) => r.id },
  { label: t('cases.household'), value: (r) => r.householdId },
  { label: t('cases.village'), value: (r) => r.villageName },
  { label: t('cases.head'), value: (r) => r.headName },
  { label: t('cases.kind'), value: (r) => r.kindLabel },
  { label: t('cases.stage'), value: (r) => r.stageLabel },
  { label: t('cases.step'), value: (r) => r.stepLabel },
  { label: t('cases.startedOn'), value: (r) => r.startedOn },
  { label: t('cases.dueOn'), value: (r) => r.dueOn },
  { label: t('cases.deadline'), value: (r) => r.deadline },
  { label: t('cases.overdue'), value: (r) => (r.overdue ? t('cases.overdue') : '') },
  { label: t('cases.category'), value: (r) => r.categoryLabel },
  { label: t('cases.riskTypes'), value: (r) => (r.riskTypes ?? []).map((x) => x.label).join('、') },
  { label: t('cases.closedOn'), value: (r) => r.closedOn },
];
