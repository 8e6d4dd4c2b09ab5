'use strict';
(async () => {
  function card(c) {
    const div = Public.el('div', { class: 'card consultation' });
    const h = Public.el('h3');
    const a = Public.el('a', { href: 'consultation.html?id=' + encodeURIComponent(c.id) }, c.title);
    h.appendChild(a);
    div.appendChild(h);
    div.appendChild(Public.el('p', { class: 'muted' }, '承办单位：' + c.unit));
    div.appendChild(Public.el('p', { class: c.open ? 'muted' : 'closed' },
      c.open ? '截止时间：' + Public.time(c.closesAt) : '征求意见已截止'));
    return div;
  }
  try {
    const open = await Public.json('/api/public/consultations');
    const list = document.getElementById('open-list');
    list.textContent = '';
    if (open.length === 0) list.appendChild(Public.el('p', { class: 'muted' }, '目前没有正在征求意见的事项。'));
    open.forEach(c => list.appendChild(card(c)));
    const answered = await Public.json('/api/public/consultations/answered');
    const done = document.getElementById('answered-list');
    if (answered.length === 0) done.appendChild(Public.el('p', { class: 'muted' }, '暂无。'));
    answered.forEach(c => done.appendChild(card(c)));
  } catch (e) {
    Public.show(e.message);
  }
})();
