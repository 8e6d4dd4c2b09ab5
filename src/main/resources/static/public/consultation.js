'use strict';
(async () => {
  const id = Public.param('id');
  let challengeToken = null;

  async function loadChallenge() {
    const c = await Public.json('/api/public/consultations/' + encodeURIComponent(id) + '/challenge');
    challengeToken = c.token;
    document.getElementById('challenge-question').textContent = '验证题：' + c.question;
    document.getElementById('challenge-answer').value = '';
  }

  function render(c) {
    document.title = c.title + ' · 征求意见';
    document.getElementById('title').textContent = c.title;
    document.getElementById('unit').textContent = '承办单位：' + c.unit;
    document.getElementById('period').textContent = '征求意见期限：' + Public.time(c.opensAt) + ' 至 '
      + Public.time(c.closesAt) + '（' + c.periodDays + '日）';
    if (c.shortenReason) {
      const s = document.getElementById('shorten');
      s.textContent = '征求意见期限少于30日的理由：' + c.shortenReason;
      s.hidden = false;
    }
    const docs = document.getElementById('documents');
    c.documents.forEach(d => {
      const li = Public.el('li');
      li.appendChild(Public.el('a', { href: d.downloadUrl, class: 'document' }, d.kindLabel + '：' + d.fileName));
      docs.appendChild(li);
    });
    document.getElementById('other-ways').textContent = c.otherWays;
    document.getElementById('text-hint').textContent = '最多' + c.maxTextChars + '字。';
    document.getElementById('file-hint').textContent = '可上传' + c.attachmentTypes.map(t => t.toUpperCase()).join('、')
      + '文件，不超过' + Math.floor(c.maxAttachmentBytes / 1048576) + 'MB。';
    document.getElementById('details').hidden = false;
    if (c.adoption) {
      const a = c.adoption;
      document.getElementById('adoption-counts').textContent = '共收到意见' + a.total + '条，其中采纳' + a.adopted
        + '条，部分采纳' + a.partlyAdopted + '条，不予采纳' + a.notAdopted + '条，不属于本决策事项' + a.outOfScope
        + '条，不予处理' + a.dismissed + '条。';
      const body = document.querySelector('#reasons tbody');
      a.notAdoptedReasons.forEach(r => {
        const tr = Public.el('tr');
        tr.appendChild(Public.el('td', {}, r.classification));
        tr.appendChild(Public.el('td', { class: 'pre' }, r.reason));
        tr.appendChild(Public.el('td', {}, String(r.count)));
        body.appendChild(tr);
      });
      document.getElementById('reasons').hidden = a.notAdoptedReasons.length === 0;
      document.getElementById('adoption').hidden = false;
    }
    document.getElementById('closed-note').hidden = c.open;
    document.getElementById('form-section').hidden = !c.open;
  }

  try {
    if (!id) throw new Error('未找到该征求意见事项');
    const c = await Public.json('/api/public/consultations/' + encodeURIComponent(id));
    render(c);
    if (c.open) await loadChallenge();
  } catch (e) {
    document.getElementById('title').textContent = '征求意见';
    Public.show(e.message);
    return;
  }

  document.getElementById('opinion-form').addEventListener('submit', async event => {
    event.preventDefault();
    Public.show('');
    const form = new FormData(event.target);
    form.append('challengeToken', challengeToken);
    if (!document.getElementById('file').files.length) form.delete('file');
    const button = document.getElementById('submit');
    button.disabled = true;
    try {
      const r = await Public.json('/api/public/consultations/' + encodeURIComponent(id) + '/opinions',
        { method: 'POST', body: form });
      document.getElementById('receipt-no').textContent = r.receiptNo;
      document.getElementById('receipt-link').href = 'receipt.html?no=' + encodeURIComponent(r.receiptNo);
      document.getElementById('form-section').hidden = true;
      document.getElementById('receipt').hidden = false;
    } catch (e) {
      Public.show(e.message);
      if (e.status === 409) {
        const c = await Public.json('/api/public/consultations/' + encodeURIComponent(id));
        document.getElementById('closed-note').hidden = c.open;
        document.getElementById('form-section').hidden = !c.open;
      }
      try { await loadChallenge(); } catch (ignored) { /* the message above says what went wrong */ }
    } finally {
      button.disabled = false;
    }
  });
})();
