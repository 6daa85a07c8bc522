// SPDX-License-Identifier: Apache-2.0
// Hash history: every address is /#/..., so the server needs no fallback route for the pages.
import { createRouter, createWebHashHistory } from 'vue-router';
import { isLoggedIn, onSessionExpired, session } from '../auth/session.js';
import { homeOf, mayOpen, usesPhoneLayout } from '../auth/roles.js';
import { isNarrow } from '../composables/useNarrow.js';

const desktop = [
  { path: '', name: 'dashboard', component: () => import('../views/DashboardView.vue') },
  { path: 'regions', name: 'regions', component: () => import('../views/RegionTreeView.vue') },
  { path: 'households', name: 'households', component: () => import('../views/HouseholdListView.vue') },
  { path: 'households/:id', name: 'household', component: () => import('../views/household/HouseholdDetailView.vue'), props: true },
  { path: 'warnings', name: 'warnings', component: () => import('../views/WarningQueueView.vue') },
  { path: 'cases', name: 'cases', component: () => import('../views/CaseListView.vue') },
  { path: 'cases/:id', name: 'case', component: () => import('../views/cases/CaseDetailView.vue'), props: true },
  { path: 'leads', name: 'leads', component: () => import('../views/LeadListView.vue') },
  { path: 'gaps', name: 'gaps', component: () => import('../views/GapListView.vue') },
  { path: 'overdue', name: 'overdue', component: () => import('../views/OverdueView.vue') },
  { path: 'screening', name: 'screening', component: () => import('../views/ScreeningRunsView.vue') },
  { path: 'imports', name: 'imports', component: () => import('../views/ImportView.vue') },
  { path: 'what-if', name: 'whatIf', component: () => import('../views/WhatIfView.vue') },
  { path: 'rules', name: 'rules', component: () => import('../views/RulesView.vue') },
  { path: 'audit', name: 'audit', component: () => import('../views/AuditView.vue') },
  { path: 'exit', name: 'exit', component: () => import('../views/ExitView.vue') },
  { path: 'exit/villages/:code', name: 'exitVillage', component: () => import('../views/exit/ExitVillageView.vue'), props: true },
  { path: 'exit/households/:id', name: 'exitHousehold', component: () => import('../views/exit/ExitHouseholdView.vue'), props: true },
];

const phone = [
  { path: '', redirect: { name: 'phoneTasks' } },
  { path: 'tasks', name: 'phoneTasks', component: () => import('../views/phone/PhoneTasksView.vue') },
  { path: 'visit/:id', name: 'phoneVisit', component: () => import('../views/phone/VisitFormView.vue'), props: true },
  { path: 'lead', name: 'phoneLead', component: () => import('../views/phone/RiskLeadView.vue') },
  { path: 'me', name: 'phoneMe', component: () => import('../views/phone/PhoneMeView.vue') },
];

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/login', name: 'login', component: () => import('../views/LoginView.vue'), meta: { public: true } },
    { path: '/m', component: () => import('../layouts/PhoneLayout.vue'), children: phone },
    { path: '/', component: () => import('../layouts/DesktopLayout.vue'), children: desktop },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

router.beforeEach((to) => {
  if (to.meta.public) return true;
  if (!isLoggedIn()) return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
  const role = session.user.role;
  if (!mayOpen(to.name, role)) return homeOf(role, isNarrow());
  // village cadres and grid workers on a phone get the phone pages
  if (isNarrow() && usesPhoneLayout(role) && !String(to.name).startsWith('phone')) return { name: 'phoneTasks' };
  return true;
});

onSessionExpired(() => {
  const current = router.currentRoute.value;
  if (!current.meta.public) router.push({ name: 'login', query: { redirect: current.fullPath } });
});
