/*
 * Pujiang: 办理操作 tab on a task's detail (Tasklist plugin points tasklist.task.detail and
 * tasklist.navbar.action, ADR 0022).
 * 抄送, 催办, 征求意见 (with the colleagues' answers) and 转办 of the open task; 撤回 of a task the user completed lately (navbar, 撤回已办). Both
 * go through the application's /api/tasks/{id}/… (docs/api.md). The rules are the server's: every refusal
 * comes back as a Chinese message and is shown as it is.
 */
const CSRF_COOKIE = 'MD-XSRF-TOKEN';
const CSRF_HEADER = 'X-MD-XSRF-TOKEN';

function csrfHeader() {
  const match = document.cookie.match(new RegExp('(?:^|;\\s*)' + CSRF_COOKIE + '=([^;]*)'));
  return match ? { [CSRF_HEADER]: decodeURIComponent(match[1]) } : {};
}

async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: Object.assign({ 'Content-Type': 'application/json' }, csrfHeader()),
    body: JSON.stringify(body)
  });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  if (!response.ok) {
    throw new Error((json && json.message) || ('操作未成功（' + response.status + '）'));
  }
  return json;
}

async function getJson(path) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : null;
}

/** The plugins' few styles, once: fields one under another, the 撤回已办 panel as a drop-down. */
function ensureStyles() {
  if (document.getElementById('md-task-actions-style')) {
    return;
  }
  const style = document.createElement('style');
  style.id = 'md-task-actions-style';
  style.textContent = [
    '.md-task-action { margin-bottom: 12px; }',
    '.md-task-action-field { display: block; font-weight: normal; margin-bottom: 6px; }',
    '.md-task-action-field .form-control { width: 100%; max-width: 560px; }',
    '.md-task-action-answer { margin-top: 6px; }',
    '.md-take-back-host { position: relative; display: inline-block; }',
    '.md-take-back-panel { position: absolute; right: 0; top: 100%; z-index: 1050; width: min(480px, 92vw);',
    '  max-height: 70vh; overflow: auto; background: #fff; border: 1px solid #ccc; border-radius: 4px;',
    '  box-shadow: 0 4px 12px rgba(0,0,0,.2); padding: 12px; text-align: left; white-space: normal; }'
  ].join('\n');
  document.head.append(style);
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.forEach(c => node.append(c));
  return node;
}

/** One action: a few inputs, a button, and the answer under it. */
function section(title, id, fields, label, send) {
  const answer = el('p', { class: 'md-task-action-answer', 'data-answer': id, role: 'status' });
  const button = el('button', { type: 'button', class: 'btn btn-default', 'data-action': id }, label);
  button.addEventListener('click', async () => {
    answer.textContent = '';
    answer.className = 'md-task-action-answer';
    button.disabled = true;
    try {
      answer.textContent = await send();
      answer.classList.add('text-success');
    } catch (e) {
      answer.textContent = e.message;
      answer.classList.add('text-danger');
    } finally {
      button.disabled = false;
    }
  });
  return el('fieldset', { class: 'md-task-action', 'data-section': id },
    el('legend', {}, title), ...fields, button, answer);
}

function input(name, label, placeholder, multiline) {
  const field = multiline
    ? el('textarea', { name, class: 'form-control', rows: '2', placeholder, maxlength: '500' })
    : el('input', { name, class: 'form-control', placeholder, maxlength: '500' });
  return el('label', { class: 'md-task-action-field' }, label, field);
}

function value(root, name) {
  return root.querySelector('[name="' + name + '"]').value.trim();
}

const STATUS = { OPEN: '待答复', ANSWERED: '已答复', WITHDRAWN: '已撤回' };

/** 征求意见 on this task and the colleagues' answers (ADR 0028), refreshed after each action. */
function consultationList(taskId) {
  const box = el('div', { class: 'md-consultations', 'data-section': 'consultations' });
  fillConsultations(box, taskId);
  return box;
}

function refreshConsultations(root, taskId) {
  const box = root.querySelector('.md-consultations');
  if (box) {
    fillConsultations(box, taskId);
  }
}

async function fillConsultations(box, taskId) {
  const list = await getJson('/api/tasks/' + taskId + '/consultations');
  box.replaceChildren();
  if (!list || !list.length) {
    return;
  }
  const items = list.map(c => el('li', { 'data-consultation': c.status },
    el('strong', {}, c.consulteeName), '（' + STATUS[c.status] + '）：',
    c.status === 'ANSWERED' ? c.opinion + (c.documents ? '；书面材料：' + c.documents : '')
      : c.status === 'WITHDRAWN' ? '已撤回：' + (c.withdrawalReason || '') : '征求事项：' + c.question));
  box.append(el('fieldset', { class: 'md-task-action' }, el('legend', {}, '征求意见及答复'), el('ul', {}, ...items)));
}

/** Tasks this user completed lately: the candidates for 撤回 (the server decides whether each still may be). */
async function recentlyCompletedByMe(engineApi, userId) {
  const done = await getJson(engineApi + '/history/task?taskAssignee=' + encodeURIComponent(userId)
    + '&finished=true&sortBy=endTime&sortOrder=desc&maxResults=5');
  return (done || []).filter(t => t.deleteReason === 'completed');
}

const taskDetail = {
  id: 'pujiang-task-actions',
  pluginPoint: 'tasklist.task.detail',
  priority: 5,
  properties: { label: '办理操作' },
  render: (node, { taskId }) => {
    ensureStyles();
    const root = el('div', { class: 'md-task-actions' });
    node.append(root);
    root.append(
      el('p', { class: 'text-muted' }, '以下操作均记入决策过程记录（谁、对谁、何时、理由），审计人员可见。'),
      consultationList(taskId),
      section('抄送', 'copy', [
        input('copyRecipients', '抄送给（用户名，多个用逗号分隔）', '如：baima.head, county.secretary'),
        input('copyNote', '说明', '请阅知……', true)
      ], '抄送', async () => {
        const recipients = value(root, 'copyRecipients').split(/[,，\s]+/).filter(Boolean);
        await post('/api/tasks/' + taskId + '/copy', { recipients, note: value(root, 'copyNote') });
        return '已抄送，对方可在“抄送我的”中查看。';
      }),
      section('催办', 'urge', [input('urgeMessage', '催办内容', '请尽快办理……', true)], '催办', async () => {
        await post('/api/tasks/' + taskId + '/urge', { message: value(root, 'urgeMessage') });
        return '已催办，办理人将收到站内消息和邮件。';
      }),
      section('征求意见', 'consult', [
        input('consultees', '征求谁的意见（本单位同事的用户名，多个用逗号分隔）', '如：baima.lawyer'),
        input('consultQuestion', '征求意见的事项', '请就……提出意见', true)
      ], '征求意见', async () => {
        const consultees = value(root, 'consultees').split(/[,，\s]+/).filter(Boolean);
        await post('/api/tasks/' + taskId + '/consult', { consultees, question: value(root, 'consultQuestion') });
        refreshConsultations(root, taskId);
        return '已征求意见。同事答复前，本任务不能提交；答复后意见显示在上方。';
      }),
      section('撤回征求意见', 'consult-withdraw', [input('consultWithdrawReason', '撤回理由', '必填', true)],
        '撤回征求意见', async () => {
          await post('/api/tasks/' + taskId + '/consult/withdraw', { reason: value(root, 'consultWithdrawReason') });
          refreshConsultations(root, taskId);
          return '已撤回尚未答复的征求意见，现在可以提交本任务。';
        }),
      section('转办', 'hand-over', [
        input('handOverTo', '转给（本任务候选组中同事的用户名）', '如：baima.clerk2'),
        input('handOverReason', '转办理由', '必填', true)
      ], '转办', async () => {
        await post('/api/tasks/' + taskId + '/hand-over',
          { toUser: value(root, 'handOverTo'), reason: value(root, 'handOverReason') });
        return '已转办，接办人已收到通知。请刷新任务列表。';
      })
    );
  }
};

/** 撤回: the tasks the user completed lately, each with a reason field and a button (navbar, 我办结的). */
const takeBack = {
  id: 'pujiang-take-back',
  pluginPoint: 'tasklist.navbar.action',
  priority: 5,
  render: async (node, { api }) => {
    ensureStyles();
    const engineApi = (api && api.engineApi) || '/camunda/api/engine/engine/default';
    const toggle = el('button', { type: 'button', class: 'btn btn-link', 'data-action': 'open-take-back' }, '撤回已办');
    const panel = el('div', { class: 'md-take-back-panel', hidden: 'hidden' });
    node.append(el('span', { class: 'md-take-back-host' }, toggle, panel));
    toggle.addEventListener('click', async () => {
      if (!panel.hasAttribute('hidden')) {
        panel.setAttribute('hidden', 'hidden');
        return;
      }
      panel.removeAttribute('hidden');
      panel.replaceChildren(el('p', {}, '正在读取您最近办结的任务……'));
      const me = await getJson('/api/me');
      const done = me ? await recentlyCompletedByMe(engineApi, me.userId) : [];
      panel.replaceChildren(el('p', { class: 'text-muted' },
        '下一环节尚无人签收、未作处理，且未经过审查、决定、会议或公布等关口时，可以撤回重办。'));
      if (!done.length) {
        panel.append(el('p', {}, '您最近没有办结的任务。'));
      }
      done.forEach(t => panel.append(section('撤回“' + t.name + '”', 'take-back-' + t.id,
        [input('takeBackReason-' + t.id, '撤回理由', '必填', true)], '撤回', async () => {
          const result = await post('/api/tasks/' + t.id + '/take-back', { reason: value(panel, 'takeBackReason-' + t.id) });
          return '已撤回，“' + t.name + '”已回到您的任务清单（任务编号 ' + result.taskId + '）。';
        })));
    });
  }
};

export default [taskDetail, takeBack];
