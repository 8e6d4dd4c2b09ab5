// Auditor workspace: plain DOM, no build step. Data is only ever written with textContent or
// attributes, never parsed as HTML.
(function () {
  'use strict';

  const API = '../api/audit';
  const SVG = 'http://www.w3.org/2000/svg';
  const params = new URLSearchParams(location.search);
  let options = null;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v !== null && v !== undefined) node.setAttribute(k, v);
    });
    children.forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
    return node;
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function showMessage(text) {
    const m = document.getElementById('message');
    m.textContent = text || '';
    m.hidden = !text;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error((body && body.message) || '请求失败（HTTP ' + response.status + '）');
    }
    return body;
  }

  function fillSelect(select, items, valueKey, labelKey) {
    items.forEach((i) => select.append(el('option', { value: i[valueKey] }, i[labelKey])));
  }

  function formatTime(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    const pad = (n) => String(n).padStart(2, '0');
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  // On a phone a .cards table shows each row as a card: every cell carries its column's name.
  function labelCells(table) {
    const names = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    table.querySelectorAll('tbody tr').forEach((tr) => [...tr.children].forEach((td, i) => {
      if (names[i]) td.dataset.label = names[i];
    }));
  }

  function searchLink(query) {
    return '?view=search&' + query;
  }

  // ---------- search ----------
  const searchForm = document.getElementById('search-form');

  function formQuery(form, extra) {
    const q = new URLSearchParams();
    new FormData(form).forEach((v, k) => { if (v !== '') q.set(k, v); });
    Object.entries(extra || {}).forEach(([k, v]) => q.set(k, v));
    return q;
  }

  async function runSearch() {
    const q = formQuery(searchForm);
    q.set('size', '20');
    const exportQuery = new URLSearchParams(q);
    ['page', 'size', 'sort', 'direction'].forEach((k) => exportQuery.delete(k));
    exportQuery.set('format', 'csv');
    document.getElementById('export-csv').href = API + '/decisions/export?' + exportQuery;
    exportQuery.set('format', 'xlsx');
    document.getElementById('export-xlsx').href = API + '/decisions/export?' + exportQuery;
    try {
      const page = await getJson(API + '/decisions?' + q);
      showMessage('');
      renderResult(page);
      history.replaceState(null, '', '?view=search&' + formQuery(searchForm));
    } catch (e) {
      showMessage(e.message);
    }
  }

  function renderResult(page) {
    const body = document.querySelector('#result tbody');
    body.replaceChildren();
    page.items.forEach((r) => {
      const flags = el('td');
      if (r.skippedReview) flags.append(el('span', { class: 'tag bad' }, '未经合法性审查通过即讨论'));
      if (r.proceduresIncomplete) flags.append(el('span', { class: 'tag bad' }, '程序不完整'));
      if (r.overdue) flags.append(el('span', { class: 'tag warn' }, '有超期任务'));
      if (r.discussed && !r.skippedReview) flags.append(el('span', { class: 'tag info' }, '审查后讨论'));
      if (r.emergency) flags.append(el('span', { class: 'tag warn', title: r.emergencyReason }, '目录外紧急启动'));
      if (r.catalogueItem) flags.append(el('span', { class: 'tag info' }, '目录事项 ' + r.catalogueItem));
      body.append(el('tr', {},
        el('td', {}, el('a', { href: '?view=timeline&no=' + encodeURIComponent(r.decisionNo) }, r.decisionNo)),
        el('td', {}, r.title),
        el('td', {}, r.unitName),
        el('td', {}, r.statusLabel),
        el('td', {}, r.outcomeLabel || '办理中'),
        el('td', {}, formatTime(r.createdAt)),
        flags));
    });
    if (page.items.length === 0) {
      body.append(el('tr', { class: 'empty' }, el('td', { colspan: '7' },
        '没有符合条件的决策。可以减少检索条件（或点“清空条件”）后再查。')));
    }
    labelCells(document.getElementById('result'));
    const pages = Math.max(1, Math.ceil(page.total / page.size));
    document.getElementById('search-summary').textContent = '共 ' + page.total + ' 件决策';
    document.getElementById('page-info').textContent = '第 ' + (page.page + 1) + ' / ' + pages + ' 页';
    document.getElementById('prev').disabled = page.page === 0;
    document.getElementById('next').disabled = page.page + 1 >= pages;
  }

  function movePage(delta) {
    const p = searchForm.elements.page;
    p.value = String(Math.max(0, Number(p.value) + delta));
    runSearch();
  }

  // ---------- statistics ----------
  const statsForm = document.getElementById('stats-form');

  function barChart(container, rows, opts) {
    container.replaceChildren();
    const barHeight = 22;
    // Room for the longest label and the longest figure beside a full bar ("按期率 100%（12/12）"),
    // at about one em (12 px) per character, so that neither is cut off.
    const chars = (t) => [...String(t || '')].reduce((n, c) => n + (c.charCodeAt(0) > 255 ? 1 : 0.6), 0);
    const labelWidth = Math.max(90, Math.ceil(12 * Math.max(0, ...rows.map((r) => chars(r.label)))) + 12);
    const textWidth = Math.ceil(12 * Math.max(0, ...rows.map((r) => chars(r.text)))) + 12;
    const width = 760;
    const chartWidth = Math.max(120, width - labelWidth - textWidth);
    const height = rows.length * (barHeight + 6) + 10;
    const root = svg('svg', { width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, role: 'img' });
    root.append(svg('title', {}, opts.title));
    const max = opts.max || Math.max(1, ...rows.map((r) => r.value || 0));
    rows.forEach((r, i) => {
      const y = 5 + i * (barHeight + 6);
      root.append(svg('text', { x: labelWidth - 6, y: y + barHeight - 6, 'text-anchor': 'end', 'font-size': '12' }, r.label));
      const link = svg('a', { href: r.link });
      const w = r.value == null ? 0 : Math.max(1, (r.value / max) * chartWidth);
      link.append(svg('rect', { x: labelWidth, y: y, width: w, height: barHeight, fill: r.color || '#9b1c1c' }));
      link.append(svg('text', { x: labelWidth + w + 6, y: y + barHeight - 6, 'font-size': '12' }, r.text));
      link.append(svg('title', {}, r.label + '：' + r.text + '（点击查看决策）'));
      root.append(link);
    });
    container.append(root);
  }

  function ratioText(r) {
    return r.base === 0 ? '无（0件）' : r.percent + '%（' + r.count + '/' + r.base + '）';
  }

  function linkCell(value, query) {
    return el('td', { class: 'num' }, el('a', { href: searchLink(query) }, value));
  }

  async function runStatistics() {
    const q = formQuery(statsForm);
    ['csv', 'xlsx'].forEach((f) => {
      const e = new URLSearchParams(q);
      e.set('format', f);
      document.getElementById('stats-' + f).href = API + '/statistics/export?' + e;
    });
    let s;
    try {
      s = await getJson(API + '/statistics?' + q);
      showMessage('');
      history.replaceState(null, '', '?view=statistics&' + q);
    } catch (e) {
      showMessage(e.message);
      return;
    }
    runTaskActions(q);
    const units = s.units.filter((u) => u.decisions > 0 || s.unit);
    barChart(document.getElementById('chart-review'), units.map((u) => ({
      label: u.unitName, value: u.reviewedBeforeDiscussion.percent, text: ratioText(u.reviewedBeforeDiscussion),
      link: searchLink(u.reviewedBeforeDiscussion.link), color: u.skippedReview.count > 0 ? '#b45309' : '#047857',
    })), { title: '经合法性审查通过后提交集体讨论的比例', max: 100 });
    barChart(document.getElementById('chart-procedures'), units.map((u) => ({
      label: u.unitName, value: u.proceduresComplete.percent, text: ratioText(u.proceduresComplete),
      link: searchLink(u.proceduresComplete.link), color: u.proceduresIncomplete.count > 0 ? '#b45309' : '#047857',
    })), { title: '决策程序完整率', max: 100 });
    barChart(document.getElementById('chart-overdue'), units.map((u) => ({
      label: u.unitName, value: u.overdueTasks, text: u.overdueTasks + '项（涉及' + u.decisionsWithOverdueTasks.count + '件决策）',
      link: searchLink(u.decisionsWithOverdueTasks.link),
    })), { title: '各决策机关超期任务数' });
    barChart(document.getElementById('chart-stages'), s.stages.map((st) => ({
      label: st.stageName, value: st.tasksOnTime.percent, text: '按期率 ' + ratioText(st.tasksOnTime),
      link: searchLink(st.overdueLink), color: '#2563eb',
    })), { title: '各阶段按期率', max: 100 });

    const unitHead = document.querySelector('#units-table thead');
    const headers = ['决策机关', '决策件数', '提交集体讨论', '经审查通过后讨论', '比例', '未经审查通过即讨论', '程序完整',
      '程序完整率', '程序不完整', '有超期任务的决策', '超期任务数'];
    s.extraColumns.forEach((c) => headers.push(c.label));
    unitHead.replaceChildren(el('tr', {}, ...headers.map((h) => el('th', {}, h))));
    const unitBody = document.querySelector('#units-table tbody');
    unitBody.replaceChildren();
    [...s.units, s.total].forEach((u) => {
      const row = el('tr', {},
        el('td', {}, u.unitName),
        linkCell(u.decisions, u.decisionsLink),
        linkCell(u.reviewedBeforeDiscussion.base, u.decisionsLink + '&flag=DISCUSSED'),
        linkCell(u.reviewedBeforeDiscussion.count, u.reviewedBeforeDiscussion.link),
        el('td', { class: 'num' }, u.reviewedBeforeDiscussion.percent == null ? '—' : u.reviewedBeforeDiscussion.percent + '%'),
        linkCell(u.skippedReview.count, u.skippedReview.link),
        linkCell(u.proceduresComplete.count, u.proceduresComplete.link),
        el('td', { class: 'num' }, u.proceduresComplete.percent == null ? '—' : u.proceduresComplete.percent + '%'),
        linkCell(u.proceduresIncomplete.count, u.proceduresIncomplete.link),
        linkCell(u.decisionsWithOverdueTasks.count, u.decisionsWithOverdueTasks.link),
        linkCell(u.overdueTasks, u.decisionsWithOverdueTasks.link));
      s.extraColumns.forEach((c) => {
        const r = u.extra && u.extra[c.key];
        row.append(r ? linkCell(ratioText(r), r.link) : el('td', {}, '—'));
      });
      unitBody.append(row);
    });

    document.querySelector('#stages-table thead').replaceChildren(el('tr', {},
      ...['阶段', '已完成阶段数', '阶段平均用时', '任务数', '任务平均用时', '有期限的已办任务', '按期办结', '按期率', '超期任务']
        .map((h) => el('th', {}, h))));
    const stageBody = document.querySelector('#stages-table tbody');
    stageBody.replaceChildren();
    s.stages.forEach((st) => stageBody.append(el('tr', {},
      el('td', {}, st.stageName),
      el('td', { class: 'num' }, st.stageInstances),
      el('td', {}, st.meanStageText || '—'),
      el('td', { class: 'num' }, st.tasks),
      el('td', {}, st.meanTaskText || '—'),
      el('td', { class: 'num' }, st.tasksOnTime.base),
      el('td', { class: 'num' }, st.tasksOnTime.count),
      el('td', { class: 'num' }, st.tasksOnTime.percent == null ? '—' : st.tasksOnTime.percent + '%'),
      linkCell(st.overdueTasks, st.overdueLink))));
  }

  // 催办、转办、撤回 per unit and the time urged tasks waited: /api/audit/task-actions, the same
  // columns as its export.
  async function runTaskActions(q) {
    ['csv', 'xlsx'].forEach((f) => {
      const e = new URLSearchParams(q);
      e.set('format', f);
      document.getElementById('task-actions-' + f).href = API + '/task-actions/export?' + e;
    });
    let rows;
    try {
      rows = await getJson(API + '/task-actions?' + q);
    } catch (e) {
      showMessage(e.message);
      return;
    }
    document.querySelector('#task-actions-table thead').replaceChildren(el('tr', {},
      ...['决策机关', '催办次数', '转办次数', '撤回次数', '催办后仍未办结的任务数', '催办后平均等待', '征求意见人次', '已答复人次']
        .map((h) => el('th', {}, h))));
    const body = document.querySelector('#task-actions-table tbody');
    body.replaceChildren();
    rows.forEach((r) => body.append(el('tr', {},
      el('td', {}, r.unitName),
      el('td', { class: 'num' }, r.urges),
      el('td', { class: 'num' }, r.handOvers),
      el('td', { class: 'num' }, r.takeBacks),
      el('td', { class: 'num' }, r.urgedTasksStillOpen),
      el('td', {}, r.meanWaitAfterUrgeText || '—'),
      el('td', { class: 'num' }, r.consultations),
      el('td', { class: 'num' }, r.consultationsAnswered))));
    labelCells(document.getElementById('task-actions-table'));
  }

  // ---------- conformance (合规检查) ----------
  const conformanceForm = document.getElementById('conformance-form');
  const SEVERITY_TAG = { '违法': 'bad', '不规范': 'warn', '提示': 'info' };

  function csrfHeader() {
    const match = document.cookie.match(/(?:^|;\s*)MD-XSRF-TOKEN=([^;]*)/);
    return match ? { 'X-MD-XSRF-TOKEN': decodeURIComponent(match[1]) } : {};
  }

  function severityTag(severity) {
    return el('span', { class: 'tag ' + (SEVERITY_TAG[severity] || 'info') }, severity);
  }

  function scopeText(run) {
    const parts = [];
    if (run.year) parts.push(run.year + '年');
    if (run.unit) parts.push((options.units.find((u) => u.code === run.unit) || {}).name || run.unit);
    if (run.decisionNo) parts.push(run.decisionNo);
    return parts.length ? parts.join('，') : '全部决策';
  }

  function violationTable(rows, showNew) {
    const table = el('table', { class: 'grid cards' },
      el('thead', {}, el('tr', {}, ...['决策机关', '决策编号', '决策事项', '发现的问题', '发生时间', showNew ? '新发现' : '']
        .filter((h) => h !== '').map((h) => el('th', {}, h)))));
    const body = el('tbody');
    rows.forEach((v) => {
      const tr = el('tr', {},
        el('td', {}, v.unitName),
        el('td', {}, el('a', { href: '?view=timeline&no=' + encodeURIComponent(v.decisionNo) }, v.decisionNo)),
        el('td', {}, v.decisionTitle),
        el('td', {}, v.found),
        el('td', {}, formatTime(v.evidenceAt)));
      if (showNew) tr.append(el('td', {}, v.isNew ? el('span', { class: 'tag bad' }, '新发现') : '此前已发现'));
      body.append(tr);
    });
    table.append(body);
    labelCells(table);
    return table;
  }

  function groupedByRule(container, rows, showNew) {
    container.replaceChildren();
    if (rows.length === 0) {
      container.append(el('p', { class: 'summary' }, '（无）'));
      return;
    }
    const byRule = new Map();
    rows.forEach((v) => {
      if (!byRule.has(v.ruleId)) byRule.set(v.ruleId, []);
      byRule.get(v.ruleId).push(v);
    });
    byRule.forEach((list, ruleId) => {
      const first = list[0];
      container.append(el('h3', {}, severityTag(first.severity), first.title + '（' + first.article + '，' + ruleId + '）：'
        + list.length + '项'));
      container.append(violationTable(list, showNew));
    });
  }

  async function showRun(run) {
    const head = document.getElementById('conformance-head');
    head.replaceChildren(
      el('h2', {}, '第' + run.id + '次检查：' + scopeText(run)),
      el('p', {}, '检查时间：' + formatTime(run.startedAt) + '（' + (run.trigger === 'SCHEDULE' ? '定时检查' : '检查人 ' + run.startedBy)
        + '）；检查决策 ' + run.decisions + ' 件，发现问题 ' + run.violations + ' 项，其中新发现 ' + run.newViolations
        + ' 项；上次发现、本次已整改 ' + run.fixed + ' 项；用时 ' + ((run.millis || 0) / 1000).toFixed(1) + ' 秒'));
    const exportBase = API + '/conformance/runs/' + run.id + '/export?format=';
    document.getElementById('conformance-csv').href = exportBase + 'csv';
    document.getElementById('conformance-xlsx').href = exportBase + 'xlsx';
    document.getElementById('conformance-pdf').href = exportBase + 'pdf';
    document.getElementById('conformance-exports').hidden = false;
    const rules = document.querySelector('#conformance-rules tbody');
    rules.replaceChildren();
    run.rules.forEach((r) => rules.append(el('tr', {},
      el('td', {}, r.title + '（' + r.ruleId + '）'),
      el('td', {}, r.article),
      el('td', {}, severityTag(r.severity)),
      el('td', { class: 'num' }, r.error ? el('span', { class: 'tag bad' }, '检查失败：' + r.error) : r.violations),
      el('td', { class: 'num' }, r.newViolations),
      el('td', { class: 'num' }, r.fixed))));
    labelCells(document.getElementById('conformance-rules'));
    const [found, fixed] = await Promise.all([
      getJson(API + '/conformance/runs/' + run.id + '/violations'),
      getJson(API + '/conformance/runs/' + run.id + '/fixed')]);
    const perUnit = new Map();
    found.forEach((v) => {
      const u = perUnit.get(v.unitName) || { '违法': 0, '不规范': 0, '提示': 0, decisions: new Set() };
      u[v.severity] = (u[v.severity] || 0) + 1;
      u.decisions.add(v.decisionNo);
      perUnit.set(v.unitName, u);
    });
    const units = document.querySelector('#conformance-units tbody');
    units.replaceChildren();
    perUnit.forEach((u, name) => units.append(el('tr', {}, el('td', {}, name), el('td', { class: 'num' }, u['违法']),
      el('td', { class: 'num' }, u['不规范']), el('td', { class: 'num' }, u['提示']), el('td', { class: 'num' }, u.decisions.size))));
    labelCells(document.getElementById('conformance-units'));
    groupedByRule(document.getElementById('conformance-violations'), found, true);
    groupedByRule(document.getElementById('conformance-fixed'), fixed, false);
  }

  async function loadRuns(selectId) {
    const runs = await getJson(API + '/conformance/runs');
    const select = document.getElementById('conformance-runs');
    select.replaceChildren(el('option', { value: '' }, '（最近的检查）'));
    runs.forEach((r) => select.append(el('option', { value: r.id }, '第' + r.id + '次 ' + formatTime(r.startedAt) + ' '
      + scopeText(r) + ' 问题' + r.violations + '项')));
    const chosen = selectId ? runs.find((r) => String(r.id) === String(selectId)) : runs[0];
    if (chosen) {
      select.value = String(chosen.id);
      await showRun(await getJson(API + '/conformance/runs/' + chosen.id));
    }
  }

  async function startRun() {
    const q = formQuery(conformanceForm);
    const button = document.getElementById('conformance-run');
    button.disabled = true;
    button.textContent = '正在检查……';
    try {
      const response = await fetch(API + '/conformance/runs?' + q, {
        method: 'POST', headers: Object.assign({ Accept: 'application/json' }, csrfHeader()) });
      const body = await response.json().catch(() => null);
      if (!response.ok) throw new Error((body && body.message) || '检查失败（HTTP ' + response.status + '）');
      showMessage('');
      history.replaceState(null, '', '?view=conformance&run=' + body.id);
      await loadRuns(body.id);
    } catch (e) {
      showMessage(e.message);
    } finally {
      button.disabled = false;
      button.textContent = '运行检查';
    }
  }

  async function showCatalogue() {
    const rules = await getJson(API + '/conformance/rules');
    const body = document.querySelector('#conformance-catalogue tbody');
    body.replaceChildren();
    rules.filter((r) => r.enabled).forEach((r) => body.append(el('tr', {}, el('td', {}, r.ruleId), el('td', {}, r.article),
      el('td', {}, r.title), el('td', {}, severityTag(r.severity)), el('td', {}, r.description))));
    labelCells(document.getElementById('conformance-catalogue'));
  }

  // ---------- timeline ----------
  const MARKERS = { RETURN: '退回', RESUBMISSION: '重新办理', EXEMPTION: '特别说明', OVERDUE: '超期', REMINDER: '期限提醒', ESCALATION: '逾期督办', DUE_RECOMPUTED: '期限重算', CALENDAR_MISSING: '日历未载入', INTERVENTION: '管理员干预', COPY: '抄送', URGE: '催办', HANDOVER: '转办', TAKE_BACK: '撤回', CONSULT: '征求意见' };

  async function showTimeline(no) {
    let t;
    try {
      t = await getJson(API + '/decisions/' + encodeURIComponent(no) + '/timeline');
      showMessage('');
    } catch (e) {
      showMessage(e.message);
      return;
    }
    const d = t.decision;
    const head = document.getElementById('timeline-head');
    head.replaceChildren(
      el('h2', {}, d.decisionNo + ' ' + d.title),
      el('p', {}, '决策机关：' + d.unitName + '；所处阶段：' + d.statusLabel + '；决策结果：' + (d.outcomeLabel || '办理中')
        + '；登记：' + formatTime(d.createdAt) + ' ' + (d.createdBy || '')),
      el('p', {}, '启动依据：' + (d.emergencyReason ? '目录外紧急启动，紧急情况说明：' + d.emergencyReason
        : d.catalogueItem ? '年度目录事项 ' + d.catalogueItem : '未记录（目录功能上线前登记）')),
      el('p', { class: 'summary' }, '任务 ' + t.summary.tasks + ' 项，超期 ' + t.summary.overdueTasks + ' 项；退回 '
        + t.summary.returns + ' 次；重新送审或重办 ' + t.summary.resubmissions + ' 次；未履行程序的特别说明 '
        + t.summary.exemptions + ' 项'));
    if (t.archive) {
      const a = t.archive;
      head.append(el('p', {}, '已归档：档号 ' + (a.archiveNo || '') + '，' + formatTime(a.archivedAt) + '，归档人 ' + (a.archivedBy || '')));
      head.append(a.recordHash
        ? el('p', { class: 'hash' }, '哈希链第' + a.chainPosition + '位　内容 ' + a.contentHash + '　本条 ' + a.recordHash)
        : el('p', { class: 'summary' }, '早于哈希链功能归档，未封存'));
    }
    document.getElementById('dossier').href = API + '/decisions/' + encodeURIComponent(no) + '/dossier.pdf';
    const findings = t.violations || [];
    // A finding points at the entry recorded at its time; engine history stamps an activity and its task
    // separately, so a second either side still counts as the same entry.
    const pointedAt = (time) => findings.filter((v) => v.evidenceAt && time
      && Math.abs(Date.parse(v.evidenceAt) - Date.parse(time)) <= 1000);
    const box = document.getElementById('timeline-violations');
    box.replaceChildren();
    if (t.violations === null || t.violations === undefined) {
      box.append(el('p', { class: 'summary' }, '本决策尚未经过合规检查。'));
    } else if (findings.length === 0) {
      box.append(el('p', { class: 'summary' }, '最近一次合规检查未发现问题。'));
    } else {
      box.append(el('div', { class: 'violations' }, el('strong', {}, '最近一次合规检查发现的问题（时间线中以“合规检查”标出所指记录）：'),
        el('ul', {}, ...findings.map((v) => el('li', {}, severityTag(v.severity), v.title + '（' + v.article + '）：' + v.found
          + (v.evidenceAt ? '　' + formatTime(v.evidenceAt) : ''))))));
    }
    const list = document.getElementById('timeline');
    list.replaceChildren();
    t.entries.forEach((e) => {
      const hits = pointedAt(e.time);
      const item = el('li', { class: hits.length ? 'VIOLATION' : (e.marker || '') },
        ...hits.map((v) => el('span', { class: 'tag ' + (SEVERITY_TAG[v.severity] || 'info'), title: v.found }, '合规检查：' + v.title)),
        el('span', { class: 'when' }, formatTime(e.time)),
        el('span', { class: 'stage' }, e.stage || ''),
        e.marker ? el('span', { class: 'tag ' + (e.marker === 'OVERDUE' || e.marker === 'INTERVENTION' ? 'bad' : 'warn') }, MARKERS[e.marker] || e.marker) : '',
        el('strong', {}, e.title || ''),
        e.actor ? el('span', { class: 'stage' }, '　办理人：' + e.actor) : '');
      if (e.detail) item.append(el('div', { class: 'detail' }, e.detail));
      list.append(item);
    });
    const docs = document.getElementById('documents');
    docs.replaceChildren();
    if (t.documents.length === 0) {
      docs.append(el('p', { class: 'summary' }, t.documentsNote || '（无）'));
    } else {
      const table = el('table', { class: 'grid cards' },
        el('thead', {}, el('tr', {}, ...['文件', '类别', '版本', '上传人', '上传时间', 'SHA-256'].map((h) => el('th', {}, h)))));
      const body = el('tbody');
      t.documents.forEach((f) => body.append(el('tr', {}, el('td', {}, f.name), el('td', {}, f.kind || ''),
        el('td', {}, f.version || ''), el('td', {}, f.uploadedBy || ''), el('td', {}, formatTime(f.addedAt)),
        el('td', { class: 'hash' }, f.sha256 || ''))));
      table.append(body);
      labelCells(table);
      docs.append(table);
    }
  }

  // ---------- chain ----------
  async function verifyChain() {
    const body = document.querySelector('#chain-table tbody');
    body.replaceChildren(el('tr', {}, el('td', { colspan: '5' }, '正在核验……')));
    let reports;
    try {
      reports = await getJson(API + '/archive-chain');
      showMessage('');
    } catch (e) {
      showMessage(e.message);
      return;
    }
    const names = Object.fromEntries(options.units.map((u) => [u.code, u.name]));
    body.replaceChildren();
    reports.forEach((r) => {
      const broken = r.firstBroken;
      body.append(el('tr', {},
        el('td', {}, names[r.unitCode] || r.unitCode),
        el('td', { class: 'num' }, r.sealedRecords),
        el('td', { class: 'num' }, r.unsealedArchived),
        el('td', {}, el('span', { class: 'tag ' + (r.intact ? 'info' : 'bad') }, r.intact ? '完整' : '断链')),
        el('td', {}, broken
          ? el('span', {}, '第' + broken.position + '位 ',
            el('a', { href: '?view=timeline&no=' + encodeURIComponent(broken.decisionNo) }, broken.decisionNo),
            '（档号' + (broken.archiveNo || '') + '）：' + broken.problem)
          : '')));
    });
    // On a phone each unit is a card, its 结果 on screen (the browser walk-through).
    labelCells(document.getElementById('chain-table'));
  }

  // ---------- start ----------
  async function start() {
    try {
      options = await getJson(API + '/options');
    } catch (e) {
      showMessage(e.message);
      return;
    }
    document.querySelectorAll('select[name=unit]').forEach((s) => fillSelect(s, options.units, 'code', 'name'));
    fillSelect(searchForm.elements.stage, options.stages, 'code', 'label');
    fillSelect(searchForm.elements.state, options.states, 'code', 'label');
    fillSelect(searchForm.elements.outcome, options.outcomes, 'code', 'label');
    fillSelect(searchForm.elements.flag, options.flags, 'code', 'label');

    const view = params.get('view') || 'search';
    document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('active', a.dataset.view === view));
    document.getElementById('view-' + view).hidden = false;

    if (view === 'search') {
      [...searchForm.elements].forEach((f) => { if (f.name && params.has(f.name)) f.value = params.get(f.name); });
      searchForm.addEventListener('submit', (e) => { e.preventDefault(); searchForm.elements.page.value = '0'; runSearch(); });
      // 清空条件 shows the unfiltered list at once, as a user expects (the form's reset happens first).
      searchForm.addEventListener('reset', () => setTimeout(() => {
        searchForm.elements.overdueIn.value = '';
        searchForm.elements.page.value = '0';
        runSearch();
      }, 0));
      document.querySelectorAll('#result th[data-sort]').forEach((th) => th.addEventListener('click', () => {
        const same = searchForm.elements.sort.value === th.dataset.sort;
        searchForm.elements.sort.value = th.dataset.sort;
        searchForm.elements.direction.value = same && searchForm.elements.direction.value === 'asc' ? 'desc' : 'asc';
        runSearch();
      }));
      document.getElementById('prev').addEventListener('click', () => movePage(-1));
      document.getElementById('next').addEventListener('click', () => movePage(1));
      runSearch();
    } else if (view === 'statistics') {
      statsForm.elements.year.value = params.get('year') || options.currentYear;
      statsForm.elements.unit.value = params.get('unit') || '';
      statsForm.addEventListener('submit', (e) => { e.preventDefault(); runStatistics(); });
      runStatistics();
    } else if (view === 'timeline') {
      showTimeline(params.get('no') || '');
    } else if (view === 'conformance') {
      conformanceForm.elements.year.value = params.get('year') || options.currentYear;
      conformanceForm.addEventListener('submit', (e) => { e.preventDefault(); startRun(); });
      document.getElementById('conformance-runs').addEventListener('change', (e) => {
        if (e.target.value) {
          history.replaceState(null, '', '?view=conformance&run=' + e.target.value);
          loadRuns(e.target.value).catch((err) => showMessage(err.message));
        }
      });
      showCatalogue().catch((err) => showMessage(err.message));
      loadRuns(params.get('run')).catch((err) => showMessage(err.message));
    } else if (view === 'chain') {
      document.getElementById('verify').addEventListener('click', verifyChain);
    }
  }

  start();
}());
