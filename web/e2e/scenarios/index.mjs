// SPDX-License-Identifier: Apache-2.0
import { loginFailure, expiredSession } from './login.mjs';
import { countyOfficer, villageOfficer } from './regionScope.mjs';
import { searchHousehold, warningsExplained, unmaskAndAudit } from './households.mjs';
import { importWithErrors } from './imports.mjs';
import { whatIf } from './whatIf.mjs';
import { phoneVillageCadre } from './phone.mjs';
import { rolePages } from './rolePages.mjs';
import { phoneLeadAndVisit, procedureToConfirmation } from './procedure.mjs';
import { monitoringFigures } from './monitoringFigures.mjs';
import { exitEvaluation } from './exit.mjs';

/** In order: later scenarios may rely on what earlier ones did (the audit scenario on the unmasked read). */
export const SCENARIOS = [
  loginFailure, expiredSession, countyOfficer, villageOfficer, searchHousehold, warningsExplained, unmaskAndAudit,
  importWithErrors, whatIf, phoneVillageCadre, phoneLeadAndVisit, procedureToConfirmation, monitoringFigures, exitEvaluation,
  rolePages,
];
