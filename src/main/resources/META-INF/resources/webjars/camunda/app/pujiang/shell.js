// The county's frame around the Camunda webapps (Tasklist, Cockpit, Admin, Welcome), loaded by each
// app's config.js as a custom script (docs/tasklist.md, "四个网页应用的外框"):
// - there is one login page, /login: Camunda's own login route (after 退出登录 or an expired session)
//   hands over to it, so nobody meets a second login form;
// - the Camunda 7 end-of-life banner is for the people who run the system (admins), not for officials;
// - the header links to the county's start page (首页).
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

const hideBanner = document.createElement('style');
hideBanner.textContent = '.ce-eol-banner { display: none !important; }';
document.head.appendChild(hideBanner);
fetch(siteRoot + '/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then((response) => (response.ok ? response.json() : null))
  .then((me) => {
    if (me && me.admin) {
      hideBanner.remove();
    }
  })
  .catch(() => { /* not logged in: the banner stays hidden */ });

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
