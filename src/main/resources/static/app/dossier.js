// The dossier page: lists a decision's documents and uploads new ones through /api/decisions/{no}/...
// The user is the one logged in to Tasklist in this browser (same session cookie).
(function () {
  'use strict';

  const params = new URLSearchParams(window.location.search);
  const no = params.get('no');
  const $ = (id) => document.getElementById(id);
  const api = (path) => '/api/decisions/' + encodeURIComponent(no) + path;

  function showMessage(text, ok) {
    const box = $('message');
    box.textContent = text;
    box.className = ok ? 'message ok' : 'message';
    box.hidden = false;
  }

  function size(bytes) {
    if (bytes < 1024) return bytes + ' 字节';
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KB';
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  function time(iso) {
    const d = new Date(iso);
    const pad = (n) => String(n).padStart(2, '0');
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  function cell(row, label, text, className) {
    const td = document.createElement('td');
    td.dataset.label = label;
    if (className) td.className = className;
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  async function errorText(response) {
    try {
      const body = await response.json();
      if (body && body.message) return body.message;
    } catch (e) { /* not JSON */ }
    return '操作未成功（HTTP ' + response.status + '），请稍后再试';
  }

  function renderTasks(tasks) {
    const list = $('tasks');
    list.replaceChildren();
    const withDocuments = tasks.filter((t) => t.required.length > 0);
    $('tasks-section').hidden = withDocuments.length === 0;
    for (const task of withDocuments) {
      const li = document.createElement('li');
      li.append(task.name + '：');
      task.required.forEach((r, i) => {
        const span = document.createElement('span');
        span.className = r.present ? 'done' : 'missing';
        span.textContent = r.kindLabel + (r.newVersionRequired ? '（本次新版本）' : '') + (r.present ? ' ✓ 已上传' : ' ✗ 未上传');
        if (i > 0) li.append('；');
        li.appendChild(span);
      });
      list.appendChild(li);
    }
  }

  // 催办 for those who do not hold the task and so do not see it in Tasklist (the unit's leadership, the county
  // office, the clerk who started the decision): the server decides who may urge and answers in Chinese.
  function renderUrge(tasks) {
    const list = $('urge-tasks');
    list.replaceChildren();
    $('urge-section').hidden = tasks.length === 0;
    for (const task of tasks) {
      const li = document.createElement('li');
      li.append(task.name + (task.dueDateText ? '（办理期限：' + task.dueDateText + '）' : '') + ' ');
      const message = document.createElement('input');
      message.type = 'text';
      message.maxLength = 500;
      message.placeholder = '催办内容，例如：请尽快办理';
      message.setAttribute('aria-label', '催办内容：' + task.name);
      message.className = 'urge-message';
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = '催办';
      button.className = 'urge-button';
      button.addEventListener('click', () => urge(task, message, button));
      li.append(message, button);
      list.appendChild(li);
    }
  }

  async function urge(task, message, button) {
    if (!message.value.trim()) {
      showMessage('请填写催办内容');
      return;
    }
    button.disabled = true;
    try {
      const response = await fetch('/api/tasks/' + encodeURIComponent(task.taskId) + '/urge', {
        method: 'POST', credentials: 'same-origin',
        headers: Object.assign({ 'Content-Type': 'application/json' }, csrfHeader()),
        body: JSON.stringify({ message: message.value.trim() })
      });
      if (!response.ok) {
        showMessage(await errorText(response));
        return;
      }
      message.value = '';
      showMessage('已催办“' + task.name + '”，办理人将收到站内消息和邮件。', true);
    } catch (e) {
      showMessage('催办未成功：网络中断，请稍后重试');
    } finally {
      button.disabled = false;
    }
  }

  function renderKinds(kinds, tasks) {
    const select = $('kind');
    const missing = tasks.flatMap((t) => t.required.filter((r) => !r.present).map((r) => r.kind));
    select.replaceChildren();
    for (const kind of kinds) {
      const option = document.createElement('option');
      option.value = kind.code;
      option.textContent = kind.label + '（' + kind.stage + '）';
      select.appendChild(option);
    }
    if (missing.length > 0) select.value = missing[0];
  }

  function renderDocuments(documents) {
    const body = document.querySelector('#documents tbody');
    body.replaceChildren();
    $('no-documents').hidden = documents.length > 0;
    $('documents').hidden = documents.length === 0;
    for (const d of documents) {
      const row = document.createElement('tr');
      cell(row, '材料类别', d.kindLabel);
      cell(row, '版本', '第' + d.version + '版');
      cell(row, '文件名', d.fileName, 'file');
      cell(row, '大小', size(d.sizeBytes));
      cell(row, '上传人', d.uploadedBy);
      cell(row, '上传时间', time(d.uploadedAt));
      cell(row, 'SHA-256', d.sha256, 'hash');
      const link = document.createElement('a');
      link.href = d.downloadUrl;
      link.textContent = '下载';
      cell(row, '下载', '').appendChild(link);
      body.appendChild(row);
    }
  }

  async function load() {
    if (!no) {
      $('decision-summary').textContent = '';
      showMessage('缺少决策编号：请从任务表单或决策事项目录中的链接打开本页。');
      return;
    }
    const response = await fetch(api('/dossier'), { credentials: 'same-origin' });
    if (response.status === 401) {
      $('decision-summary').textContent = '决策编号：' + no;
      showMessage('请先登录，再刷新本页。');
      return;
    }
    if (!response.ok) {
      // The summary must not keep saying 正在读取…… beside the error (nor repeat what the address says).
      $('decision-summary').textContent = '';
      showMessage(await errorText(response));
      return;
    }
    const dossier = await response.json();
    // Due dates as 2026-12-16（剩余 5 个工作日）, with 暂定 while the year's holiday notice is not loaded.
    const dues = dossier.openTasks.filter((t) => t.dueDateText).map((t) => t.name + ' 办理期限：' + t.dueDateText);
    $('decision-summary').textContent = dossier.decisionNo + ' · ' + dossier.title + ' · 当前阶段：' + dossier.statusLabel
      + (dues.length ? ' · ' + dues.join('；') : '');
    renderTasks(dossier.openTasks);
    renderUrge(dossier.status === 'ARCHIVED' ? [] : dossier.openTasks);
    renderKinds(dossier.kinds, dossier.openTasks);
    renderDocuments(dossier.documents);
    $('limits').textContent = '允许的文件类型：' + dossier.allowedTypes.map((t) => t.toUpperCase()).join('、')
      + '；单个文件不超过 ' + Math.round(dossier.maxFileSizeBytes / 1024 / 1024) + 'MB。';
    $('file').accept = dossier.allowedTypes.map((t) => '.' + t).join(',');
    // Only those who may add documents see the form: not auditors, not recipients of a copy (抄送, read-only).
    $('upload-section').hidden = dossier.status === 'ARCHIVED' || !dossier.canUpload;
    $('copy-notice').hidden = !dossier.readViaCopy;
    $('documents-section').hidden = false;
    window.maxFileSizeBytes = dossier.maxFileSizeBytes;
  }

  // Spring Security's CSRF token: readable cookie, echoed in a header on every change (docs/security.md).
  function csrfHeader() {
    const match = document.cookie.match(/(?:^|;\s*)MD-XSRF-TOKEN=([^;]*)/);
    return match ? { 'X-MD-XSRF-TOKEN': decodeURIComponent(match[1]) } : {};
  }

  async function upload(event) {
    event.preventDefault();
    const file = $('file').files[0];
    if (!file) {
      showMessage('请选择要上传的文件');
      return;
    }
    if (window.maxFileSizeBytes && file.size > window.maxFileSizeBytes) {
      showMessage('文件超过 ' + Math.round(window.maxFileSizeBytes / 1024 / 1024) + 'MB 的大小上限');
      return;
    }
    const form = new FormData();
    form.append('kind', $('kind').value);
    form.append('file', file);
    $('upload-button').disabled = true;
    try {
      const response = await fetch(api('/documents'),
        { method: 'POST', body: form, headers: csrfHeader(), credentials: 'same-origin' });
      if (!response.ok) {
        showMessage(await errorText(response));
        return;
      }
      const added = await response.json();
      $('upload-form').reset();
      await load();
      showMessage('已上传：' + added.kindLabel + ' 第' + added.version + '版（' + added.fileName + '）', true);
    } catch (e) {
      showMessage('上传失败：网络中断或文件过大，请检查后重试');
    } finally {
      $('upload-button').disabled = false;
    }
  }

  $('upload-form').addEventListener('submit', upload);
  load().catch(() => {
    $('decision-summary').textContent = '';
    showMessage('无法读取决策档案，请稍后再试');
  });
})();
