// Shared helpers of the public pages: fetch JSON and show a Chinese message; nothing here needs a login.
'use strict';
const Public = {
  async json(url, options) {
    const response = await fetch(url, Object.assign({ credentials: 'omit' }, options || {}));
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const message = body && (body.message || body.detail) ? (body.message || body.detail) : '服务暂时不可用，请稍后再试';
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return body;
  },
  el(tag, attrs, text) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  },
  time(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    const p = n => String(n).padStart(2, '0');
    return d.getFullYear() + '年' + (d.getMonth() + 1) + '月' + d.getDate() + '日 ' + p(d.getHours()) + ':' + p(d.getMinutes());
  },
  show(message) {
    const box = document.getElementById('message');
    box.textContent = message;
    box.hidden = !message;
  },
  param(name) {
    return new URLSearchParams(location.search).get(name);
  }
};
