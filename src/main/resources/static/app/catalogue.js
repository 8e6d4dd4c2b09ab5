// Clerk page of the annual decision catalogue: unit + year selector, the catalogue as a board
// (each item with its decision's stage, due date and dossier link), starting an item's procedure,
// compiling items and asking for adjustments. Talks only to the application's /api endpoints.
'use strict';

const PROCEDURES = [
  ['PUBLIC_PARTICIPATION', '公众参与'], ['HEARING', '听证'], ['EXPERT_ARGUMENTATION', '专家论证'],
  ['RISK_ASSESSMENT', '风险评估'], ['FAIR_COMPETITION_REVIEW', '公平竞争审查']
];
const ATTRIBUTES = [
  ['nonPublic', '依法不予公开的决策事项'], ['specificGroupAffected', '涉及特定群体利益'],
  ['directlyAffectsRights', '直接涉及公民、法人、其他组织切身利益'], ['majorDisagreement', '存在重大意见分歧'],
  ['majorInterestReadjustment', '涉及利益关系重大调整'], ['otherLawRequiresHearing', '其他法律、法规、规章规定应当听证'],
  ['specialisedTechnical', '专业性、技术性较强'], ['mayAffectStability', '可能对社会稳定、公共安全等造成不利影响'],
  ['alreadyRiskAssessed', '已按有关规定进行过风险评估'], ['involvesMarketActors', '涉及市场主体经济活动'],
  ['npcReportMatter', '须向人大常委会报告'], ['publicConcernHigh', '社会公众普遍关心，公布时需要解读']
];

const $ = (id) => document.getElementById(id);
let current = null; // the board being shown
let me = null; // who is signed in (/api/me): which units they may read and act for

// Mirrors UnitAccess: admins and auditors read every unit, others their own; only a unit's own people act.
function mayRead(unit) {
  return me.admin || me.auditor || me.units.includes(unit);
}
function mayAct(unit) {
  return me.admin || me.units.includes(unit);
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

// Spring Security's CSRF token: the server keeps it in a cookie the page may read; every change
// (POST/PUT/DELETE) must echo it in a header (docs/security.md, "CSRF, cookies and headers").
function csrfHeader() {
  const match = document.cookie.match(/(?:^|;\s*)MD-XSRF-TOKEN=([^;]*)/);
  return match ? { 'X-MD-XSRF-TOKEN': decodeURIComponent(match[1]) } : {};
}

async function api(method, url, body) {
  const headers = method === 'GET' ? {} : csrfHeader();
  if (body) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body ? JSON.stringify(body) : undefined
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error((data && data.message) || ('请求失败（' + response.status + '）'));
    error.field = data && data.field;
    throw error;
  }
  return data;
}

function say(text, ok) {
  const m = $('message');
  m.textContent = text;
  m.className = 'message' + (ok ? ' ok' : '');
  m.hidden = !text;
}

function date(value) {
  return value ? String(value).slice(0, 10) : '';
}

function checks(container, options, name) {
  container.replaceChildren(...options.map(([value, label]) =>
    el('label', {}, el('input', { type: 'checkbox', name, value }), label)));
}

async function init() {
  checks($('procedures'), PROCEDURES, 'plannedProcedures');
  checks($('adjust-procedures'), PROCEDURES, 'plannedProcedures');
  checks($('attributes'), ATTRIBUTES, 'attributes');
  const params = new URLSearchParams(location.search);
  const thisYear = new Date().getFullYear();
  me = await api('GET', '/api/me');
  const all = await api('GET', '/api/units');
  // Only units whose catalogues the user may see: another unit's would look empty and offer 建立目录.
  const units = all.filter((u) => mayRead(u.code));
  $('unit').replaceChildren(...units.map((u) => el('option', { value: u.code }, u.name)));
  // A link may name an older (or later) year than the four offered; it is added so the link still works.
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];
  const linked = Number(params.get('year'));
  if (Number.isInteger(linked) && linked >= 2000 && linked <= 2100 && !years.includes(linked)) {
    years.push(linked);
    years.sort((a, b) => b - a);
  }
  $('year').replaceChildren(...years.map((y) => el('option', { value: y }, y + '年度')));
  const linkedUnit = params.get('unit');
  $('unit').value = units.some((u) => u.code === linkedUnit) ? linkedUnit
    : (units.find((u) => me.units.includes(u.code)) || units[0] || { code: '' }).code;
  $('year').value = params.get('year') || String(thisYear);
  // The start form's link for a matter not in the catalogue: ?add=1[&title=...] opens the prefilled request.
  const addRequested = params.get('add') === '1';
  const addTitle = params.get('title') || '';
  $('selector').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  $('unit').addEventListener('change', load);
  $('year').addEventListener('change', load);
  $('open-catalogue').addEventListener('click', openCatalogue);
  $('add-item').addEventListener('click', () => showItemDialog(null));
  $('submit-catalogue').addEventListener('click', () => showDialog('submit-dialog'));
  $('request-adjustment').addEventListener('click', showAdjustDialog);
  $('not-in-catalogue').addEventListener('click', () => showAddRequest(''));
  document.querySelectorAll('[data-close]').forEach((b) => b.addEventListener('click', () => b.closest('dialog').close()));
  $('start-form').addEventListener('submit', startItem);
  $('item-form').addEventListener('submit', saveItem);
  $('submit-form').addEventListener('submit', submitCatalogue);
  $('adjust-form').addEventListener('submit', requestAdjustment);
  $('adjust-form').kind.addEventListener('change', adjustKindChanged);
  await load();
  if (addRequested) {
    if (current && current.catalogue.status === 'PUBLISHED') showAddRequest(addTitle);
    else say('所选决策机关和年度还没有已公布的目录：请选择已公布目录的年度，再点“不在目录中”申请新增事项。');
  }
}

// A matter not in the catalogue enters through a 新增 adjustment (Decree 713 Art. 3 para. 3), prefilled.
function showAddRequest(title) {
  showAdjustDialog();
  const form = $('adjust-form');
  form.kind.value = 'ADD';
  adjustKindChanged();
  form.title.value = title;
  form.reason.value = '本事项未列入' + current.catalogue.year + '年度重大行政决策事项目录，属于重大行政决策事项，'
    + '依《重大行政决策程序暂行条例》第三条第三款申请新增列入目录，经批准后启动决策程序。';
}

async function load() {
  const unit = $('unit').value;
  const year = $('year').value;
  history.replaceState(null, '', '?unit=' + encodeURIComponent(unit) + '&year=' + encodeURIComponent(year));
  say('');
  try {
    const list = await api('GET', '/api/catalogues?unit=' + encodeURIComponent(unit) + '&year=' + encodeURIComponent(year));
    $('empty').hidden = list.length > 0;
    $('open-catalogue').hidden = !mayAct(unit);
    $('catalogue').hidden = list.length === 0;
    if (list.length === 0) { current = null; return; }
    current = await api('GET', '/api/catalogues/' + list[0].id + '/board');
    render(current);
  } catch (e) {
    say(e.message);
  }
}

function render(board) {
  const c = board.catalogue;
  $('catalogue-title').textContent = c.unitName + ' ' + c.year + '年度重大行政决策事项目录';
  $('catalogue-status').textContent = c.statusLabel;
  $('catalogue-status').className = 'badge ' + c.status;
  $('catalogue-meta').textContent = [
    '审议：' + (c.approvalBody || ''),
    c.approvalNote ? '审议意见：' + c.approvalNote : null,
    c.partyConsentNote ? '同级党委同意：' + c.partyConsentNote : null,
    c.publishedAt ? '公布时间：' + date(c.publishedAt) : null
  ].filter(Boolean).join('　');
  $('compile-tools').hidden = c.status !== 'COMPILING' || !mayAct(c.unitCode);
  $('published-tools').hidden = c.status !== 'PUBLISHED' || !mayAct(c.unitCode);

  const today = new Date().toISOString().slice(0, 10);
  $('board').replaceChildren(...(board.items.length ? board.items.map((entry) => card(entry, c, today))
    : [el('p', { class: 'hint' }, '目录中还没有事项。')]));

  $('outside').replaceChildren(...(board.outsideCatalogue.length ? board.outsideCatalogue.map((d) =>
    el('div', { class: 'row' },
      el('a', { href: d.dossierUrl }, d.decisionNo), ' ', d.title, '　', el('span', { class: 'badge' }, d.statusLabel),
      el('div', { class: 'meta' }, '紧急情况说明：' + d.emergencyReason + '（按已停止的目录外紧急启动方式启动）')))
    : [el('p', { class: 'hint' }, '无。')]));

  $('adjustments').replaceChildren(...(board.adjustments.length ? board.adjustments.map((a) =>
    el('div', { class: 'row' },
      el('span', { class: 'badge ' + a.status }, a.statusLabel), ' ', a.kindLabel, '：', a.summary,
      a.decisionOpinion ? el('div', { class: 'meta' }, '审批意见：' + a.decisionOpinion + '（' + (a.decidedBy || '') + '，' + date(a.decidedAt) + '）') : null))
    : [el('p', { class: 'hint' }, '无。')]));
}

function card(entry, catalogue, today) {
  const item = entry.item;
  const d = entry.decision;
  const rows = [
    ['事项编号', item.itemNo],
    ['承办单位', item.organisingUnit],
    ['计划完成', date(item.plannedCompletion)],
    ['履行程序', item.plannedProcedureLabels.join('、')]
  ];
  if (d) {
    rows.push(['决策编号', el('a', { href: d.dossierUrl, title: '打开决策案卷' }, d.decisionNo)]);
    rows.push(['当前阶段', d.statusLabel + (d.outcomeLabel ? '（' + d.outcomeLabel + '）' : '')]);
    rows.push(['正在办理', d.currentActivities.length ? d.currentActivities.join('、') : '—']);
    const due = date(d.dueDate);
    // dueDateText: 2026-12-16（剩余 5 个工作日）, with 暂定 while the year's holiday notice is not loaded.
    rows.push(['办理期限', due ? el('span', { class: due < today ? 'overdue' : '' }, d.dueDateText || (due + (due < today ? '（已逾期）' : ''))) : '—']);
  }
  const actions = [];
  if (d) {
    actions.push(el('a', { href: d.dossierUrl }, '查看案卷'));
  } else if (!mayAct(catalogue.unitCode)) {
    // read-only: another unit's catalogue (auditors, admins read every unit)
  } else if (catalogue.status === 'PUBLISHED' && item.status === 'PLANNED') {
    actions.push(el('button', { type: 'button', class: 'start', onclick: () => showStartDialog(item) }, '启动决策程序'));
  } else if (catalogue.status === 'COMPILING') {
    actions.push(el('button', { type: 'button', onclick: () => showItemDialog(item) }, '修改'));
  }
  return el('article', { class: 'card' },
    el('div', { class: 'catalogue-head' }, el('h3', {}, item.seq + '. ' + item.title),
      el('span', { class: 'badge ' + item.status }, item.statusLabel)),
    el('dl', {}, rows.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
    el('div', { class: 'actions' }, actions));
}

function showDialog(id) {
  const dialog = $(id);
  const error = dialog.querySelector('.error');
  error.hidden = true;
  dialog.showModal();
}

function fail(form, e) {
  const error = form.querySelector('.error');
  error.textContent = e.message;
  error.hidden = false;
  const field = e.field && form.elements[e.field];
  if (field && field.focus) field.focus();
}

function checked(form, name) {
  return [...form.querySelectorAll('input[name="' + name + '"]:checked')].map((i) => i.value);
}

let startingItem = null;
function showStartDialog(item) {
  startingItem = item;
  const form = $('start-form');
  form.reset();
  form.proposerName.value = item.organisingUnit;
  $('start-item').textContent = item.itemNo + '　' + item.title;
  showDialog('start-dialog');
}

async function startItem(e) {
  e.preventDefault();
  const form = e.target;
  const attributes = {};
  for (const name of checked(form, 'attributes')) attributes[name] = true;
  try {
    const decision = await api('POST', '/api/catalogue-items/' + startingItem.id + '/start', {
      proposerType: form.proposerType.value,
      proposerName: form.proposerName.value,
      proposalSummary: form.proposalSummary.value,
      attributes
    });
    $('start-dialog').close();
    await load();
    say('已启动决策程序，决策编号 ' + decision.decisionNo + '。下一步请在任务清单中办理“研究论证决策建议”。', true);
  } catch (err) {
    fail(form, err);
  }
}

let editingItem = null;
function showItemDialog(item) {
  editingItem = item;
  const form = $('item-form');
  form.reset();
  $('item-dialog-title').textContent = item ? '修改事项 ' + item.itemNo : '增加事项';
  if (item) {
    form.elements['title'].value = item.title;
    form.organisingUnit.value = item.organisingUnit;
    form.legalBasis.value = item.legalBasis;
    form.plannedCompletion.value = date(item.plannedCompletion);
    form.querySelectorAll('input[name="plannedProcedures"]').forEach((i) => { i.checked = item.plannedProcedures.includes(i.value); });
  }
  showDialog('item-dialog');
}

function itemBody(form) {
  return {
    title: form.elements['title'].value,
    organisingUnit: form.organisingUnit.value,
    legalBasis: form.legalBasis.value,
    plannedProcedures: checked(form, 'plannedProcedures'),
    plannedCompletion: form.plannedCompletion.value || null
  };
}

async function saveItem(e) {
  e.preventDefault();
  const form = e.target;
  const body = itemBody(form);
  try {
    if (editingItem) {
      body.version = editingItem.version;
      await api('PUT', '/api/catalogue-items/' + editingItem.id, body);
    } else {
      await api('POST', '/api/catalogues/' + current.catalogue.id + '/items', body);
    }
    $('item-dialog').close();
    await load();
    say('事项已保存。', true);
  } catch (err) {
    fail(form, err);
  }
}

async function submitCatalogue(e) {
  e.preventDefault();
  const form = e.target;
  try {
    await api('POST', '/api/catalogues/' + current.catalogue.id + '/submit', { compilationNote: form.compilationNote.value });
    $('submit-dialog').close();
    await load();
    say('目录已提交审议，请领导班子在任务清单中记录会议审议结果。', true);
  } catch (err) {
    fail(form, err);
  }
}

async function openCatalogue() {
  try {
    await api('POST', '/api/catalogues', { unitCode: $('unit').value, year: Number($('year').value) });
    await load();
    say('目录已建立，请逐项增加事项，全部填好后提交审议。', true);
  } catch (err) {
    say(err.message);
  }
}

function showAdjustDialog() {
  const form = $('adjust-form');
  form.reset();
  form.itemNo.replaceChildren(...current.items.filter((x) => x.item.status === 'PLANNED')
    .map((x) => el('option', { value: x.item.itemNo }, x.item.itemNo + ' ' + x.item.title)));
  adjustKindChanged();
  showDialog('adjust-dialog');
}

function adjustKindChanged() {
  const kind = $('adjust-form').kind.value;
  document.querySelectorAll('#adjust-form [data-for]').forEach((node) => {
    node.hidden = !node.dataset.for.split(' ').includes(kind);
  });
}

async function requestAdjustment(e) {
  e.preventDefault();
  const form = e.target;
  const kind = form.kind.value;
  const body = { kind, reason: form.reason.value };
  if (kind === 'ADD') body.item = itemBody(form);
  else body.itemNo = form.itemNo.value;
  if (kind === 'POSTPONE') body.newCompletion = form.newCompletion.value || null;
  try {
    await api('POST', '/api/catalogues/' + current.catalogue.id + '/adjustments', body);
    $('adjust-dialog').close();
    await load();
    say('调整申请已提交，经领导班子审批（及同级党委同意）后生效。', true);
  } catch (err) {
    fail(form, err);
  }
}

init().catch((e) => say(e.message));
