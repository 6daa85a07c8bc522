// SPDX-License-Identifier: Apache-2.0
// Household template files (DOMAIN.md §4) for the scenarios: a valid one for the demo village of the
// demo accounts (吉安县 敦厚镇 厚丰村, 360821100201) and one with mistakes on purpose.
export const VILLAGE = '360821100201';
export const GRID = '360821100201001';

const HEADERS = ['户编号', '区划代码', '网格编码', '姓名', '证件号码', '与户主关系', '民族', '文化程度', '在校生状况', '健康状况',
  '残疾等级', '劳动技能', '务工状况', '务工时间(月)', '参加基本医保', '参加大病保险', '参加基本养老保险', '参加商业补充医疗保险',
  '公益岗位', '联系电话', '户类型', '监测对象类别', '脱贫年度', '收入年度', '工资性收入', '生产经营性收入', '财产性收入',
  '转移性收入', '生产经营性支出', '理赔收入', '合规自付支出', '住房安全', '饮水安全'];

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid GB 11643 ID number of 吉安县 for a birth date (YYYYMMDD) and sequence. */
export function idNumber(birth, seq) {
  const first17 = `360821${birth}${String(seq).padStart(3, '0')}`;
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

const HEADS = ['王建国', '李秀英', '张伟民', '刘桂兰', '陈志强', '杨春梅', '黄德明', '赵玉珍'];

function row(cells) {
  return HEADERS.map((h) => cells[h] ?? '').join(',');
}

function person(household, name, id, relation, extra = {}) {
  return {
    户编号: household, 区划代码: VILLAGE, 网格编码: GRID, 姓名: name, 证件号码: id, 与户主关系: relation, 民族: '汉族',
    文化程度: '初中', 在校生状况: '非在校生', 健康状况: '健康', 劳动技能: '普通劳动力', 务工状况: '县内务工', '务工时间(月)': '10',
    参加基本医保: '是', 参加大病保险: '是', 参加基本养老保险: '是', 参加商业补充医疗保险: '否', 公益岗位: '否', 联系电话: '13807961234',
    ...extra,
  };
}

/**
 * Eight households of 厚丰村: the odd ones live below the monitoring line (so screening flags them),
 * the first is a 脱贫户 whose house is unsafe. Household numbers 9001… keep clear of the demo's.
 */
export function villageHouseholds() {
  const lines = [HEADERS.join(',')];
  HEADS.forEach((name, i) => {
    const household = `${VILLAGE}${9001 + i}`;
    const poor = i % 2 === 0;
    lines.push(row(person(household, name, idNumber(`19${60 + i}0315`, 11 + 2 * i), '户主', {
      户类型: i === 0 ? '脱贫户' : '一般农户', 脱贫年度: i === 0 ? '2018' : '', 收入年度: '2025',
      工资性收入: poor ? '6000' : '42000', 生产经营性收入: poor ? '3500' : '8000', 财产性收入: '300', 转移性收入: poor ? '2600' : '1800',
      生产经营性支出: poor ? '1500' : '3000', 理赔收入: '0', 合规自付支出: poor ? '2400' : '500',
      住房安全: i === 0 ? '否' : '是', 饮水安全: '是',
    })));
    lines.push(row(person(household, `${name[0]}小${'明红华丽军芳涛燕'[i]}`, idNumber(`20${14 + (i % 4)}0601`, 20 + 2 * i), i % 2 ? '之女' : '之子', {
      文化程度: '小学', 在校生状况: '小学', 劳动技能: '无劳动力', 务工状况: '未务工', '务工时间(月)': '0', 联系电话: '',
    })));
  });
  return `${lines.join('\n')}\n`;
}

/** A file whose rows have mistakes: a wrong check digit, an unknown village, a bad yes/no value. */
export function householdsWithMistakes() {
  const bad = idNumber('19700101', 31).slice(0, 17) + (idNumber('19700101', 31).endsWith('1') ? '2' : '1');
  const lines = [HEADERS.join(',')];
  lines.push(row(person(`${VILLAGE}9101`, '孙立新', bad, '户主', {
    户类型: '一般农户', 收入年度: '2025', 工资性收入: '30000', 生产经营性收入: '0', 财产性收入: '0', 转移性收入: '0',
    生产经营性支出: '0', 理赔收入: '0', 合规自付支出: '0', 住房安全: '是', 饮水安全: '也许',
  })));
  lines.push(row(person('3608219999999102', '周海燕', idNumber('19750202', 41), '户主', {
    区划代码: '360821999999', 网格编码: '', 户类型: '一般农户', 收入年度: '2025', 工资性收入: '30000', 生产经营性收入: '0',
    财产性收入: '0', 转移性收入: '0', 生产经营性支出: '0', 理赔收入: '0', 合规自付支出: '0', 住房安全: '是', 饮水安全: '是',
  })));
  return `${lines.join('\n')}\n`;
}

/**
 * A real JPEG standing in for the photo of a signed authorisation, drawn on a canvas of the page (so the
 * preview shows a picture and the server's content check sees JPEG's first bytes).
 */
export async function authorisationJpeg(page) {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 360;
    canvas.height = 220;
    const g = canvas.getContext('2d');
    g.fillStyle = '#fbf8f1';
    g.fillRect(0, 0, 360, 220);
    g.strokeStyle = '#8a7f6a';
    g.strokeRect(10, 10, 340, 200);
    g.fillStyle = '#222';
    g.textAlign = 'center';
    g.font = '22px "WenQuanYi Micro Hei"';
    g.fillText('授权书', 180, 50);
    g.textAlign = 'left';
    g.font = '14px "WenQuanYi Micro Hei"';
    g.fillText('本户同意核查家庭收入与财产信息。', 30, 95);
    g.fillText('签字：李秀英', 200, 170);
    g.strokeStyle = '#1d3557';
    g.lineWidth = 2;
    g.beginPath();
    g.moveTo(250, 185);
    g.quadraticCurveTo(265, 165, 280, 185);
    g.quadraticCurveTo(295, 205, 310, 185);
    g.stroke();
    return canvas.toDataURL('image/jpeg', 0.85);
  });
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

/** A one-page PDF's first bytes: enough for the server's content check (it reads only the start). */
export const EVIDENCE_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
