// The county's frame around the Camunda webapps (Tasklist, Cockpit, Admin, Welcome), loaded by each
// app's config.js as a custom script (docs/tasklist.md, "四个网页应用的外框"):
// - there is one login page, /login: Camunda's own login route (after 退出登录 or an expired session)
//   hands over to it, so nobody meets a second login form;
// - the Camunda 7 end-of-life banner is for the people who run the system (admins), not for officials;
// - the header links to the county's start page (首页);
// - Tasklist lists tasks by due date, then by creation, as the filters' descriptions say (按到期日排序),
//   unless the user chose another order (kept in the address, where Tasklist keeps it);
// - a link in a task form (打开决策档案) opens in a new tab, so that what was typed stays;
// - the form viewer's few English texts (required field, select placeholder) read in Chinese, and the
//   general notice 提交任务表单时出错 never covers the form's 完成 (it shows under the header and goes
//   away when the form itself marks the fields to correct).
const base = document.querySelector('base');
const appRoot = base ? base.getAttribute('app-root') : '/camunda';
// app-root is <context path>/camunda; the county's own pages live beside it.
const siteRoot = appRoot.substring(0, appRoot.lastIndexOf('/'));

let loggingOut = false;
document.addEventListener('click', (event) => {
  if (event.target.closest && event.target.closest('a[ng-click="logout()"]')) {
    loggingOut = true;
  }
}, true);

function toOneLoginPage() {
  if (/^#!?\/login/.test(window.location.hash)) {
    window.location.replace(siteRoot + '/login' + (loggingOut ? '?logout' : ''));
  }
}
window.addEventListener('hashchange', toOneLoginPage);
toOneLoginPage();

const DUE_DATE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }, { sortBy: 'created', sortOrder: 'asc' }]);
const isTasklist = base && base.getAttribute('app-name') === 'tasklist';
function dueDateFirst() {
  const hash = window.location.hash || '#/';
  if (!/^#!?\/(\?|$)/.test(hash) || /[?&]sorting=/.test(hash)) {
    return;
  }
  const separator = hash.indexOf('?') < 0 ? '?' : '&';
  window.location.replace(hash + separator + 'sorting=' + encodeURIComponent(DUE_DATE_FIRST));
}
if (isTasklist) {
  window.addEventListener('hashchange', dueDateFirst);
  dueDateFirst();
}

const hideBanner = document.createElement('style');
hideBanner.textContent = '.ce-eol-banner { display: none !important; }';
document.head.appendChild(hideBanner);
fetch(siteRoot + '/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then((response) => (response.ok ? response.json() : null))
  .then((me) => {
    if (me && me.admin) {
      hideBanner.remove();
      calendarWarning();
    }
  })
  .catch(() => { /* not logged in: the banner stays hidden */ });

// Cockpit and Admin, for administrators: next year's holiday notice is not loaded yet (from
// decision.calendar.warn-from, default 1 November), so deadlines reaching into it are provisional.
// The same warning goes to their inbox and e-mail every day (docs/time-limits.md, ADR 0016).
function calendarWarning() {
  const app = base && base.getAttribute('app-name');
  if (app !== 'cockpit' && app !== 'admin') {
    return;
  }
  fetch(siteRoot + '/api/calendar/status', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((status) => {
      if (!status || !status.missingYear || document.getElementById('pujiang-calendar-warning')) {
        return;
      }
      const box = document.createElement('div');
      box.id = 'pujiang-calendar-warning';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'background:#fff4e5;color:#7a4100;border-bottom:1px solid #f0c36d;padding:8px 16px;'
        + 'font-size:14px;position:relative;z-index:1000';
      box.textContent = status.message + ' ';
      const link = document.createElement('a');
      link.href = siteRoot + '/app/calendar.html';
      link.textContent = '载入工作日历';
      box.appendChild(link);
      document.body.insertBefore(box, document.body.firstChild);
    })
    .catch(() => { /* the warning also reaches the inbox and e-mail */ });
}

function addHomeLink() {
  const nav = document.querySelector('[cam-widget-header] nav.cam-nav > ul');
  if (!nav || nav.querySelector('.md-home')) {
    return;
  }
  const item = document.createElement('li');
  item.className = 'md-home';
  const link = document.createElement('a');
  link.href = siteRoot + '/';
  link.textContent = '首页';
  link.title = '浦江县重大行政决策首页：我的待办、目录、审计与操作指引';
  item.appendChild(link);
  nav.insertBefore(item, nav.firstChild);
}
new MutationObserver(addHomeLink).observe(document.documentElement, { childList: true, subtree: true });
addHomeLink();

// Links in a Camunda Form open beside the form: leaving the page would lose what was typed.
document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('.fjs-container a[href]');
  if (link && !link.target) {
    link.target = '_blank';
    link.rel = 'noopener';
  }
}, true);

// form-js (bundled with Tasklist) has no Chinese texts; these are the ones a user meets.
const FORM_TEXTS = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => '至少填写 ' + m[1] + ' 个字符。'],
  [/^Field must have maximum length of (\d+)\.$/, (m) => '最多填写 ' + m[1] + ' 个字符。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => '不能小于 ' + m[1] + '。'],
  [/^Field must have maximum value of (.+)\.$/, (m) => '不能大于 ' + m[1] + '。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Field must be a valid phone number\.$/, () => '请填写有效的电话号码。'],
  [/^Field must match pattern (.+)\.$/, () => '填写的格式不正确。'],
  [/^Date of .* is invalid\.?$/, () => '日期格式不正确。'],
  [/^Select$/, () => '请选择'],
  [/^Search$/, () => '搜索'],
  [/^No results$/, () => '没有匹配的选项']
];
// "Powered by bpmn.io" stays as it is: the bpmn.io licence forbids removing or changing that watermark.
function chineseFormTexts(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue.trim();
    if (!text || /[\u4e00-\u9fff]/.test(text)) {
      continue;
    }
    for (const [pattern, chinese] of FORM_TEXTS) {
      const match = text.match(pattern);
      if (match) {
        node.nodeValue = chinese(match);
        break;
      }
    }
  }
  root.querySelectorAll('input[placeholder="Select"], input[placeholder="Search"]').forEach((input) => {
    input.placeholder = input.placeholder === 'Select' ? '请选择' : '搜索';
  });
}
new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    const target = mutation.target.nodeType === 1 ? mutation.target : mutation.target.parentElement;
    const form = target && target.closest && target.closest('.fjs-container');
    if (form) {
      chineseFormTexts(form);
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

// Welcome's profile page (个人资料) shows English sample names as placeholders in its template, not in
// a locale key. Camunda's first name holds the 姓, its last name the 名 (ADR 0019).
const PLACEHOLDERS = { Jonny: '姓，如：张', Prosciutto: '名，如：晓明' };
function chinesePlaceholders() {
  document.querySelectorAll('input[placeholder="Jonny"], input[placeholder="Prosciutto"]').forEach((input) => {
    input.placeholder = PLACEHOLDERS[input.placeholder];
  });
}
new MutationObserver(chinesePlaceholders).observe(document.documentElement, { childList: true, subtree: true });

// Admin shows two engine words as they are stored: a group's type (the county's groups are WORKFLOW,
// Camunda's own admin group SYSTEM) and the names of permissions (ALL, ACCESS, READ, ...). Shown in
// Chinese; what is stored stays as it is.
const ADMIN_WORDS = {
  WORKFLOW: '业务', SYSTEM: '系统', ALL: '全部权限', NONE: '无', ACCESS: '访问', READ: '读取', UPDATE: '修改',
  CREATE: '新建', DELETE: '删除', READ_HISTORY: '读取历史', DELETE_HISTORY: '删除历史', READ_INSTANCE: '读取实例',
  UPDATE_INSTANCE: '修改实例', CREATE_INSTANCE: '新建实例', DELETE_INSTANCE: '删除实例', READ_TASK: '读取任务',
  UPDATE_TASK: '修改任务', TASK_WORK: '办理任务', TASK_ASSIGN: '分派任务', MIGRATE_INSTANCE: '迁移实例',
  RETRY_JOB: '重试作业', SUSPEND: '挂起', SUSPEND_INSTANCE: '挂起实例', UPDATE_INSTANCE_VARIABLE: '修改实例变量',
  UPDATE_TASK_VARIABLE: '修改任务变量', READ_INSTANCE_VARIABLE: '读取实例变量', READ_HISTORY_VARIABLE: '读取历史变量',
  READ_TASK_VARIABLE: '读取任务变量', UPDATE_HISTORY: '修改历史', READ_HISTORY_VARIABLE_ORDERED: '读取历史变量'
};
const isAdmin = base && base.getAttribute('app-name') === 'admin';
function chineseAdminWords() {
  document.querySelectorAll('td.group-type, td.permissions, td.permissions .form-control-static').forEach((cell) => {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const words = node.nodeValue.trim().split(/\s*,\s*/);
      if (words.length && words.every((word) => ADMIN_WORDS[word])) {
        node.nodeValue = words.map((word) => ADMIN_WORDS[word]).join('、');
      }
    }
  });
}
if (isAdmin) {
  new MutationObserver(chineseAdminWords).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

// Cockpit's variable tables and variable editor (camunda-commons-ui cam-widget-variables-table and
// cam-widget-variable) print the engine's type names and an "Actions" header from their templates, not from a
// locale key. Shown in Chinese with the engine's name in brackets, as docs/zh-cn-glossary-cockpit.md says; the
// stored type and the selector's values stay as they are (only the text a person reads changes).
const VARIABLE_TYPES = {
  Boolean: '布尔值（Boolean）', Bytes: '字节（Bytes）', Date: '日期（Date）', Double: '双精度浮点数（Double）',
  File: '文件（File）', Integer: '整数（Integer）', Json: 'JSON', Long: '长整数（Long）', Null: '空值（Null）',
  Object: '对象（Object）', Short: '短整数（Short）', String: '字符串（String）', Xml: 'XML'
};
function chineseVariableWords() {
  document.querySelectorAll('table.cam-table thead td.actions, td.col-type, select[ng-model="variable.type"] option')
    .forEach((cell) => {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const word = node.nodeValue.trim();
        const chinese = word === 'Actions' && cell.matches('td.actions') ? '操作' : VARIABLE_TYPES[word];
        if (chinese) {
          node.nodeValue = chinese;
        }
      }
    });
}
new MutationObserver(chineseVariableWords).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

if (isTasklist) {
  const notices = document.createElement('style');
  // On a phone (below Bootstrap's 768 px) the footer (time zone, version) wraps to two lines in a fixed
  // 24 px bar: it was cut and lay over the form's 完成 when scrolled to it. A phone user loses nothing
  // without it (dates are shown in the phone's own time zone).
  notices.textContent = '.page-notifications { top: 56px !important; bottom: auto !important; }'
    + '@media (max-width: 767px) { footer[cam-widget-footer] { display: none !important; } }';
  document.head.appendChild(notices);
  new MutationObserver(() => {
    const fieldErrors = document.querySelector('[cam-tasklist-form] .fjs-form-field-error');
    if (!fieldErrors) {
      return;
    }
    document.querySelectorAll('.page-notifications .alert-danger:not([data-md-fading])').forEach((notice) => {
      if (notice.textContent.includes('提交任务表单时出错')) {
        notice.setAttribute('data-md-fading', '');
        setTimeout(() => { notice.style.display = 'none'; }, 4000);
      }
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
}
