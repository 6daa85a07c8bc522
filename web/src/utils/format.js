// SPDX-License-Identifier: Apache-2.0
const ZONE = 'Asia/Shanghai';
const numberFormat = new Intl.NumberFormat('zh-CN');
const moneyFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
});

export const formatNumber = (n) => (n == null || n === '' ? '—' : numberFormat.format(Number(n)));
export const formatMoney = (n) => (n == null || n === '' ? '—' : moneyFormat.format(Number(n)));
export const formatDateTime = (iso) => (iso ? dateTimeFormat.format(new Date(iso)).replace(/\//g, '-') : '—');

/** Today in China as YYYY-MM-DD. */
export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
}
