// The clerk's opinion ledger (意见台账): /api/decisions/{no}/participation. Logged in through Tasklist.
(function () {
  'use strict';
  const no = new URLSearchParams(window.location.search).get('no');
  const $ = (id) => document.getElementById(id);
  const api = (path) => '/api/decisions/' + encodeURIComponent(no) + '/participation' + path;
  const CLASSES = [['ADOPTED', '采纳'], ['PARTLY_ADOPTED', '部分采纳'], ['NOT_ADOPTED', '不予采纳'],
    ['OUT_OF_SCOPE', '不属于本决策事项'], ['DISMISSED', '不予处理']];

  function show(text, ok) {
    const box = $('message');
    box.textContent = text;
    box.className = ok ? 'message ok' : 'message';
    box.hidden = !text;
  }
  function csrfHeader() {
    const match = document.cookie.match(/(?:^|;\s*)MD-XSRF-TOKEN=([^;]*)/);
    return match ? { 'X-MD-XSRF-TOKEN': decodeURIComponent(match[1]) } : {};
  }
  function time(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    const pad = (n) => String(n).padStart(2, '0');
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }
  async function call(method, path, body) {
    const headers = Object.assign({ 'Content-Type': 'application/json' }, csrfHeader());
    const response = await fetch(api(path), { method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) });
    let json = null;
    try { json = await response.json(); } catch (e) { json = null; }
    if (!response.ok) throw new Error(json && (json.message || json.detail) ? (json.message || json.detail) : '操作未成功');
    return json;
  }
  function td(row, text, cls) {
    const c = document.createElement('td');
    c.textContent = text || '';
    if (cls) c.className = cls;
    row.appendChild(c);
    return c;
  }

  function answerForm(o) {
    const form = document.createElement('form');
    form.className = 'answer';
    form.dataset.opinion = o.id;
    const select = document.createElement('select');
    select.name = 'classification';
    select.setAttribute('aria-label', '处理结果');
    CLASSES.forEach(([v, l]) => { const opt = document.createElement('option'); opt.value = v; opt.textContent = l; select.appendChild(opt); });
    select.value = o.dismissed ? 'DISMISSED' : (o.classification || 'ADOPTED');
    const reason = document.createElement('textarea');
    reason.name = 'reason';
    reason.rows = 2;
    reason.placeholder = '理由（采纳以外的结果须填写）';
    reason.setAttribute('aria-label', '理由');
    reason.value = o.reason || '';
    const button = document.createElement('button');
    button.type = 'submit';
    button.textContent = '保存';
    form.append(select, reason, button);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      show('');
      const dismissed = select.value === 'DISMISSED';
      try {
        await call('PUT', '/opinions/' + o.id + '/answer',
          { classification: dismissed ? null : select.value, dismissed, reason: reason.value });
        show('已保存', true);
        await load();
      } catch (e) { show(e.message); }
    });
    return form;
  }

  async function load() {
    const l = await call('GET', '');
    $('decision').textContent = l.decisionNo + '　' + l.title;
    $('dossier-link').href = 'dossier.html?no=' + encodeURIComponent(no);
    const s = l.summary;
    $('summary').textContent = '共' + s.total + '条：采纳' + s.adopted + '，部分采纳' + s.partlyAdopted + '，不予采纳'
      + s.notAdopted + '，不属于本决策事项' + s.outOfScope + '，不予处理' + s.dismissed + '，未处理' + s.unanswered + '。';
    if (l.consultation) {
      $('public-link').href = l.consultation.publicUrl;
      $('public-link').textContent = location.origin + l.consultation.publicUrl;
      $('consultation-period').textContent = time(l.consultation.opensAt) + ' 至 ' + time(l.consultation.closesAt)
        + '（' + l.consultation.periodDays + '日）' + (l.consultation.open ? '，正在征求意见' : '，已截止');
      $('consultation-info').hidden = false;
      $('open-form').hidden = true;
    } else if (l.editable) {
      const dossier = await fetch('/api/decisions/' + encodeURIComponent(no) + '/documents', { credentials: 'same-origin' });
      const docs = dossier.ok ? await dossier.json() : [];
      const box = $('documents');
      box.textContent = '';
      docs.forEach(d => {
        const label = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.value = d.id;
        input.name = 'documentIds';
        label.append(input, ' ' + d.kindLabel + ' 第' + d.version + '版 ' + d.fileName);
        box.appendChild(label);
      });
      $('open-form').hidden = false;
    }
    const body = document.querySelector('#opinions tbody');
    body.textContent = '';
    l.opinions.forEach(o => {
      const row = document.createElement('tr');
      row.dataset.opinion = o.id;
      td(row, time(o.receivedAt));
      td(row, o.sourceLabel + (o.receiptNo ? '（' + o.receiptNo + '）' : ''));
      const text = td(row, o.text, 'pre');
      if (o.attachmentName) {
        const a = document.createElement('a');
        a.href = api('/opinions/' + o.id + '/attachment');
        a.textContent = ' 附件：' + o.attachmentName;
        text.appendChild(a);
      }
      td(row, [o.authorName, o.authorContact].filter(Boolean).join('，'));
      td(row, o.result + (o.reason ? '：' + o.reason : ''), 'result');
      const action = td(row, '');
      if (l.editable) action.appendChild(answerForm(o));
      body.appendChild(row);
    });
    $('enter-section').hidden = !l.editable;
  }

  $('open-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    show('');
    const ids = Array.from(document.querySelectorAll('input[name=documentIds]:checked')).map(i => Number(i.value));
    try {
      await call('POST', '/consultation', { documentIds: ids, otherWays: $('other-ways').value });
      show('已发布网上征求意见', true);
      await load();
    } catch (e) { show(e.message); }
  });
  $('enter-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    show('');
    try {
      await call('POST', '/opinions', { source: $('source').value, text: $('entry-text').value });
      $('entry-text').value = '';
      show('已录入', true);
      await load();
    } catch (e) { show(e.message); }
  });
  $('file-summary').addEventListener('click', async () => {
    show('');
    try {
      const response = await fetch(api('/summary'), { method: 'POST', headers: csrfHeader(), credentials: 'same-origin' });
      if (!response.ok) {
        let json = null;
        try { json = await response.json(); } catch (e) { json = null; }
        throw new Error(json && (json.message || json.detail) ? (json.message || json.detail) : '生成未成功');
      }
      show('已生成意见汇总并存入决策档案', true);
    } catch (e) { show(e.message); }
  });

  if (!no) { show('请从任务中打开意见台账（缺少决策编号）'); return; }
  load().catch(e => show(e.message));
})();
