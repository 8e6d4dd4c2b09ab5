// The working-day calendar page (administrators): which years of the State Council holiday notices
// are loaded (GET /api/calendar/years), whether next year is missing (GET /api/calendar/status), and
// loading a year's file (POST /api/calendar/years, multipart). docs/time-limits.md.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);

  function csrfHeader() {
    const match = document.cookie.match(/(?:^|;\s*)MD-XSRF-TOKEN=([^;]*)/);
    return match ? { 'X-MD-XSRF-TOKEN': decodeURIComponent(match[1]) } : {};
  }

  function say(id, text, ok) {
    const m = $(id);
    m.textContent = text;
    m.className = 'message' + (ok ? ' ok' : '');
    m.hidden = !text;
  }

  async function json(response) {
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      throw new Error((data && data.message) || ('请求失败（' + response.status + '）'));
    }
    return data;
  }

  function cell(text) {
    const td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '' : String(text);
    return td;
  }

  async function load() {
    try {
      const years = await json(await fetch('/api/calendar/years', { credentials: 'same-origin' }));
      const body = document.querySelector('#years tbody');
      body.replaceChildren(...years.map((y) => {
        const tr = document.createElement('tr');
        tr.append(cell(y.year), cell(y.noticeTitle), cell(y.noticeNumber), cell(y.noticeIssued),
          cell(y.holidayCount), cell(y.makeUpWorkingDayCount), cell(y.source));
        return tr;
      }));
      const status = await json(await fetch('/api/calendar/status', { credentials: 'same-origin' }));
      say('warning', status.missingYear ? status.message : '', false);
    } catch (e) {
      say('message', e.message, false);
    }
  }

  async function upload(event) {
    event.preventDefault();
    const file = $('file').files[0];
    if (!file) {
      say('message', '请选择要上传的日历文件（yyyy.yaml）', false);
      return;
    }
    const form = new FormData();
    form.append('file', file);
    try {
      const result = await json(await fetch('/api/calendar/years',
        { method: 'POST', body: form, headers: csrfHeader(), credentials: 'same-origin' }));
      say('message', '已载入' + result.loaded.year + '年节假日安排；重算暂定期限 ' + result.datesRecomputed + ' 项。', true);
      $('upload').reset();
      load();
    } catch (e) {
      say('message', e.message, false);
    }
  }

  $('upload').addEventListener('submit', upload);
  load();
})();
