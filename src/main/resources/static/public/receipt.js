'use strict';
(async () => {
  const no = Public.param('no');
  if (!no) return;
  document.getElementById('receipt-no').value = no;
  try {
    const r = await Public.json('/api/public/receipts/' + encodeURIComponent(no.trim()));
    const link = Public.el('a', { href: 'consultation.html?id=' + encodeURIComponent(r.consultationId) }, r.title);
    document.getElementById('consultation').appendChild(link);
    document.getElementById('received').textContent = '提交时间：' + Public.time(r.receivedAt);
    document.getElementById('state').textContent = r.state;
    if (r.result) {
      document.getElementById('answer').textContent = r.result;
      document.getElementById('answer-line').hidden = false;
      if (r.reason) {
        const reason = document.getElementById('reason');
        reason.textContent = '理由：' + r.reason;
        reason.hidden = false;
      }
    } else {
      document.getElementById('pending').hidden = r.state === '已办结';
    }
    document.getElementById('result').hidden = false;
  } catch (e) {
    Public.show(e.message);
  }
})();
