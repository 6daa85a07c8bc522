// SPDX-License-Identifier: Apache-2.0
import { markRaw } from 'vue';
import {
  AlarmClock, Bell, DataBoard, Document, FirstAidKit, Flag, Histogram, House, Location, Promotion, Stamp, Tickets, TrendCharts, Upload,
} from '@element-plus/icons-vue';

/** The desktop side menu, in order; each entry is shown to the roles that may open its route. */
export const MENU = [
  { name: 'dashboard', icon: markRaw(DataBoard) },
  { name: 'regions', icon: markRaw(Location) },
  { name: 'households', icon: markRaw(House) },
  { name: 'warnings', icon: markRaw(Bell) },
  { name: 'leads', icon: markRaw(Promotion) },
  { name: 'cases', icon: markRaw(Stamp) },
  { name: 'overdue', icon: markRaw(AlarmClock) },
  { name: 'gaps', icon: markRaw(FirstAidKit) },
  { name: 'exit', icon: markRaw(Flag) },
  { name: 'screening', icon: markRaw(Histogram) },
  { name: 'imports', icon: markRaw(Upload) },
  { name: 'whatIf', icon: markRaw(TrendCharts) },
  { name: 'rules', icon: markRaw(Document) },
  { name: 'audit', icon: markRaw(Tickets) },
];
